/* cg-metatable.h: a corpus's metadata table, one row per article.
 *
 * News corpora often ship their metadata beside the texts rather than in
 * them: AllSides' allsides_metadata.tsv, BASIL's metadata.tsv, a
 * newsroom's CMS export.  A table gives each article its title, author,
 * outlet and publication date, which the text alone often lacks, and which
 * "who said it first" and independence of sources need.
 *
 * The table is TSV (tab-separated, no quoting) or CSV (comma-separated,
 * RFC 4180 quoting), with a header row.  Which header names mean the
 * article key, title, author, outlet and date is said by metadata.rules
 * ([table-columns]); other columns are ignored.  A row is found by the
 * article's path, its file name, or its file name without extension.
 */
#ifndef CG_METATABLE_H
#define CG_METATABLE_H

#include "cg-rules.h"

G_BEGIN_DECLS

typedef struct _CgMetaTable CgMetaTable;

/* One article's row: each field NULL when the table leaves it empty.
 * The date, when set, is yyyy-mm-dd. */
typedef struct {
  const char *title;
  const char *author;
  const char *outlet;
  const char *date;
} CgMetaRow;

/* Tables larger than this are rejected rather than read into memory. */
#define CG_MAX_META_TABLE_BYTES (512 * 1024 * 1024)

/* Load the table at PATH, with the column names and date settings of
 * RULES' metadata.rules.  Errors (CG_ERROR_IO, CG_ERROR_INPUT) name the
 * file and the line: no key column, a row with the wrong number of fields,
 * an unclosed quote, a date that is not one, a key given twice, bytes that
 * are not UTF-8.  Returns a new table; free with cg_meta_table_free(). */
CgMetaTable *cg_meta_table_load (CgRules *rules, const char *path, GError **error);
void         cg_meta_table_free (CgMetaTable *table);

/* The row for the article at PATH, or NULL.  The row belongs to the table. */
const CgMetaRow *cg_meta_table_lookup (const CgMetaTable *table, const char *path);

/* The number of rows. */
guint cg_meta_table_size (const CgMetaTable *table);

G_END_DECLS

#endif
