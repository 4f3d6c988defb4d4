/* reader.c: SCAFFOLD, replaced by the reader stage. */
#include "cg-reader.h"
struct _CgReader { CgRules *rules; };
CgReader *cg_reader_new (CgRules *rules, GError **error) { (void) error; CgReader *r = g_new0 (CgReader, 1); r->rules = rules; return r; }
void cg_reader_free (CgReader *r) { g_free (r); }
CgArticle *cg_reader_read_bytes (CgReader *reader, const char *path, const char *data, gsize len, gboolean meta, GError **error)
{
  (void) reader; (void) meta; (void) error;
  CgArticle *a = cg_article_new ();
  a->path = g_strdup (path);
  a->raw = g_strndup (data, len);
  a->text = g_strndup (data, len);
  a->len = len;
  a->sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
  return a;
}
CgArticle *cg_reader_read_file (CgReader *reader, const char *path, GError **error)
{
  char *data; gsize len;
  if (!g_file_get_contents (path, &data, &len, error)) return NULL;
  CgArticle *a = cg_reader_read_bytes (reader, path, data, len, TRUE, error);
  g_free (data);
  return a;
}
GPtrArray *cg_reader_list_paths (char **paths, GError **error)
{
  (void) error;
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  for (char **p = paths; *p; p++) g_ptr_array_add (out, g_strdup (*p));
  return out;
}
