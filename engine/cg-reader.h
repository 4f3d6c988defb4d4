/* cg-reader.h: stage 1, from a file on disk to a CgArticle.
 *
 * The reader checks that the bytes are text claimgraph can read (UTF-8, no
 * NUL, not empty, not over the size limit), blanks out everything that is
 * not prose (BOM, CR, Markdown markup, boilerplate) while keeping every byte
 * offset, and finds the article's metadata (title, byline, outlet, date)
 * from the text, from a row of a corpus metadata table, or from a sidecar
 * ARTICLE.meta key file (each overriding the one before).
 */
#ifndef CG_READER_H
#define CG_READER_H

#include "cg-model.h"
#include "cg-rules.h"
#include "cg-metatable.h"

G_BEGIN_DECLS

/* Articles larger than this are rejected (documented in README). */
#define CG_MAX_ARTICLE_BYTES (16 * 1024 * 1024)

typedef struct _CgReader CgReader;

/* A reader prepared from the rule set (boilerplate, metadata cues).  The
 * rules must outlive it.  Thread-safe once built.  Free with cg_reader_free(). */
CgReader *cg_reader_new (CgRules *rules, GError **error);
void      cg_reader_free (CgReader *reader);

/* Give the reader a corpus metadata table (borrowed: it must outlive the
 * reader, or be unset with NULL).  Set it before reading starts: the
 * reader is only thread-safe while it does not change. */
void      cg_reader_set_meta_table (CgReader *reader, const CgMetaTable *table);

/* Read PATH.  Errors (CG_ERROR_IO, CG_ERROR_INPUT) name the file and, for
 * bad bytes, the byte offset and line.  Returns a new article (id NULL). */
CgArticle *cg_reader_read_file (CgReader *reader, const char *path, GError **error);

/* The same on bytes already in memory; PATH is used for messages, for the
 * table row and sidecar lookups when META is TRUE, and as the article's path. */
CgArticle *cg_reader_read_bytes (CgReader *reader, const char *path, const char *data,
                                 gsize len, gboolean meta, GError **error);

/* Expand files and directories (recursively, following no symlink loop,
 * skipping hidden files and *.meta sidecars) into a sorted list of file
 * paths.  Returns a new array of char*; NULL with an error for a path that
 * does not exist. */
GPtrArray *cg_reader_list_paths (char **paths, GError **error);

/* The same, and the files' bytes together in *BYTES (as their stat() gave
 * them while listing; a file named that is no regular file counts 0). */
GPtrArray *cg_reader_list_files (char **paths, guint64 *bytes, GError **error);

G_END_DECLS

#endif
