/* fuzz-reader.c: libFuzzer target for the article reader and metadata
 * detection: any bytes either give an article whose analysis text has the
 * raw length and is valid UTF-8, or a CG_ERROR_INPUT error. */
#include "fuzz-common.h"

#include <string.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static CgReader *reader;
  if (reader == NULL)
    reader = cg_reader_new (fuzz_get_rules (), NULL);
  GError *error = NULL;
  CgArticle *a = cg_reader_read_bytes (reader, "fuzz.txt", (const char *) data, size, FALSE, &error);
  if (a == NULL)
    {
      if (error == NULL || error->domain != CG_ERROR)
        abort ();
      g_error_free (error);
      return 0;
    }
  if (a->len != size || memcmp (a->raw, data, size) != 0 || !g_utf8_validate (a->text, (gssize) a->len, NULL))
    abort ();
  const char *meta[] = { a->title, a->author, a->outlet, a->date };
  for (guint i = 0; i < G_N_ELEMENTS (meta); i++)
    if (meta[i] && !g_utf8_validate (meta[i], -1, NULL))
      abort ();
  cg_article_free (a);
  return 0;
}
