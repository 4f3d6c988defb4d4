/* fuzz-extract.c: libFuzzer target for the extractor and the speaker
 * registry: assertions from any article have spans inside the file and
 * valid UTF-8 texts. */
#include "fuzz-common.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_span (CgSpan s, gsize len, gboolean optional)
{
  if (optional && s.start < 0)
    return;
  if (s.start < 0 || s.end < s.start || (gsize) s.end > len)
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static CgReader *reader;
  static CgSegmenter *seg;
  static CgExtractor *ext;
  if (reader == NULL)
    {
      reader = cg_reader_new (fuzz_get_rules (), NULL);
      seg = cg_segmenter_new (fuzz_get_rules (), NULL);
      ext = cg_extractor_new (fuzz_get_rules (), NULL);
    }
  CgArticle *a = cg_reader_read_bytes (reader, "fuzz.txt", (const char *) data, size, FALSE, NULL);
  if (a == NULL)
    return 0;
  a->id = g_strdup ("d1");
  CgSegments *s = cg_segmenter_run (seg, a->text, a->len);
  GPtrArray *as = cg_extractor_run (ext, a, s);
  for (guint i = 0; i < as->len; i++)
    {
      CgAssertion *x = g_ptr_array_index (as, i);
      check_span (x->span, a->len, FALSE);
      check_span (x->cue, a->len, TRUE);
      check_span (x->source, a->len, TRUE);
      if (x->text == NULL || !g_utf8_validate (x->text, -1, NULL))
        abort ();
      x->id = g_strdup_printf ("a%u", i + 1);
    }
  CgRegistry *reg = cg_registry_new (fuzz_get_rules (), NULL);
  cg_registry_resolve_article (reg, a, s, as);
  GPtrArray *speakers = cg_registry_speakers (reg);
  for (guint i = 0; i < speakers->len; i++)
    {
      CgSpeaker *sp = g_ptr_array_index (speakers, i);
      if (sp->name == NULL || !g_utf8_validate (sp->name, -1, NULL))
        abort ();
    }
  cg_registry_free (reg);
  g_ptr_array_unref (as);
  cg_segments_free (s);
  cg_article_free (a);
  return 0;
}
