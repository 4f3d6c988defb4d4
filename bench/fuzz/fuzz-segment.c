/* fuzz-segment.c: libFuzzer target for the segmenter and quote pairing:
 * on any valid UTF-8 text, paragraphs, sentences and quotes stay inside
 * the text, in order, and quotes nest properly. */
#include "fuzz-common.h"

#include <string.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_span (CgSpan s, gsize len)
{
  if (s.start < 0 || s.end < s.start || (gsize) s.end > len)
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static CgSegmenter *seg;
  if (seg == NULL)
    seg = cg_segmenter_new (fuzz_get_rules (), NULL);
  /* The segmenter's contract is valid UTF-8 without NUL (the reader
   * guarantees it), so make the input so. */
  char *text = g_utf8_make_valid ((const char *) data, (gssize) size);
  gsize len = strlen (text);
  CgSegments *s = cg_segmenter_run (seg, text, len);
  gint64 last = -1;
  for (guint i = 0; i < s->paragraphs->len; i++)
    check_span (g_array_index (s->paragraphs, CgParagraph, i).span, len);
  for (guint i = 0; i < s->sentences->len; i++)
    {
      CgSentence *st = &g_array_index (s->sentences, CgSentence, i);
      check_span (st->span, len);
      if (st->span.start < last || st->paragraph >= s->paragraphs->len)
        abort ();
      last = st->span.end;
    }
  for (guint i = 0; i < s->quotes->len; i++)
    {
      CgQuote *q = &g_array_index (s->quotes, CgQuote, i);
      check_span (q->span, len);
      check_span (q->inner, len);
      if (q->inner.start < q->span.start || q->inner.end > q->span.end)
        abort ();
      if (q->parent >= (gint) i)
        abort ();
      if (q->parent >= 0)
        {
          CgQuote *p = &g_array_index (s->quotes, CgQuote, q->parent);
          if (q->span.start < p->span.start || q->span.end > p->span.end || q->depth != p->depth + 1)
            abort ();
        }
    }
  GArray *tokens = cg_tokenize (text, (CgSpan) { 0, (gint64) len });
  for (guint i = 0; i < tokens->len; i++)
    {
      CgToken *t = &g_array_index (tokens, CgToken, i);
      if (t->start < 0 || t->end <= t->start || (gsize) t->end > len)
        abort ();
    }
  g_array_unref (tokens);
  cg_segments_free (s);
  g_free (text);
  return 0;
}
