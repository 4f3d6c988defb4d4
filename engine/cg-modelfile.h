/* cg-modelfile.h: the file format the learned models (tagger.c,
 * bounds.c) share: a text header of "KEY value" lines ending at
 * "weights", then 16-bit signed little-endian weights.  Internal to the
 * library, not installed. */
#ifndef CG_MODELFILE_H
#define CG_MODELFILE_H

#include <glib.h>

/* What one kind of model writes and expects in its header:
 *
 *   MAGIC VERSION
 *   bits B
 *   features FEATURES
 *   labels LABELS          (only when labels is not NULL)
 *   EXTRA_KEY VALUE        (optional, the _full variants only: the tagger's "clusters")
 *   WORD_KEY WORD          (any number of lines)
 *   weights
 */
typedef struct {
  const char *magic;       /* "claimgraph-tagger" */
  int         version;
  const char *kind;        /* "tagger": in "not a claimgraph tagger model" */
  int         features;
  const char *labels;      /* the labels line's value, or NULL for none */
  const char *word_key;    /* "trigger" */
  const char *word_error;  /* "a trigger is one word" */
} CgModelFormat;

gboolean cg_modelfile_parse_header (const CgModelFormat *fmt, const char *path, const char *data, gsize len,
                                    guint *bits, GPtrArray *words, gsize *pos, guint *line, GError **error);
gboolean cg_modelfile_check_size (const char *path, gsize len, gsize pos, guint line, gsize need, guint bits,
                                  GError **error);
gboolean cg_modelfile_parse_header_full (const CgModelFormat *fmt, const char *path, const char *data, gsize len,
                                         guint *bits, GPtrArray *words, const char *extra_key, char **extra,
                                         gsize *pos, guint *line, GError **error);
const guchar *cg_modelfile_get_weights (const guchar *w, gint16 *out, gsize n);
void     cg_modelfile_append_header (GString *out, const CgModelFormat *fmt, guint bits, const GPtrArray *words);
void     cg_modelfile_append_header_full (GString *out, const CgModelFormat *fmt, guint bits, const GPtrArray *words,
                                          const char *extra);
void     cg_modelfile_append_weights (GString *out, const gint16 *w, gsize n);
char    *cg_modelfile_read (const char *path, gsize *len, GError **error);
gboolean cg_modelfile_write (const char *path, const GString *out, GError **error);

#endif
