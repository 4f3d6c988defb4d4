/* test-segment.c: the segmenter and tokenizer on sentences of the seed
 * articles: sentence ends around abbreviations and initials, paragraphs,
 * quotation spans (curly, straight, nested, over paragraphs, unterminated),
 * apostrophes, pathological quote marks, and tokens with their flags. */
#include "cg-test.h"

#include <glib/gstdio.h>
#include <string.h>

#define SEED_000 "000_c3594d0c15096988.txt"
#define SEED_002 "002_949dcb43ef4cc554.txt"

static CgSegmenter *
segmenter (void)
{
  static CgSegmenter *seg;
  if (seg == NULL)
    {
      GError *error = NULL;
      seg = cg_segmenter_new (cg_test_rules (), &error);
      g_assert_no_error (error);
    }
  return seg;
}

static char *
span_text (const char *text, CgSpan s)
{
  g_assert_cmpint (s.start, >=, 0);
  g_assert_cmpint (s.end, >=, s.start);
  return g_strndup (text + s.start, (gsize) (s.end - s.start));
}

static CgArticleResult *
process_seed (const char *name)
{
  char *path = cg_test_corpus (name);
  CgArticleResult *r = cg_test_process (path);
  g_free (path);
  return r;
}

/* The one sentence holding NEEDLE; fails when there is none. */
static guint
sentence_with (const CgArticle *a, const CgSegments *s, const char *needle)
{
  for (guint i = 0; i < s->sentences->len; i++)
    {
      CgSpan sp = g_array_index (s->sentences, CgSentence, i).span;
      char *t = span_text (a->text, sp);
      gboolean hit = strstr (t, needle) != NULL;
      g_free (t);
      if (hit)
        return i;
    }
  g_error ("no sentence holds \"%s\"", needle);
  return 0;
}

static void
assert_sentence (const CgArticle *a, const CgSegments *s, guint i, const char *want)
{
  g_assert_cmpuint (i, <, s->sentences->len);
  char *t = span_text (a->text, g_array_index (s->sentences, CgSentence, i).span);
  g_assert_cmpstr (t, ==, want);
  g_free (t);
}

/* The first quote whose inner text starts with PREFIX, or -1. */
static gint
quote_starting (const char *text, const CgSegments *s, const char *prefix)
{
  for (guint i = 0; i < s->quotes->len; i++)
    {
      const CgQuote *q = &g_array_index (s->quotes, CgQuote, i);
      if ((gsize) (q->inner.end - q->inner.start) >= strlen (prefix)
          && strncmp (text + q->inner.start, prefix, strlen (prefix)) == 0)
        return (gint) i;
    }
  return -1;
}

static const CgQuote *
quote (const CgSegments *s, gint i)
{
  g_assert_cmpint (i, >=, 0);
  return &g_array_index (s->quotes, CgQuote, i);
}

/* Structural invariants every segmentation must hold, on any input. */
static void
check_invariants (const char *text, gsize len, const CgSegments *s)
{
  gint64 prev_end = 0;
  for (guint i = 0; i < s->paragraphs->len; i++)
    {
      CgSpan p = g_array_index (s->paragraphs, CgParagraph, i).span;
      g_assert_cmpint (p.start, >=, prev_end);
      g_assert_cmpint (p.end, >, p.start);
      g_assert_cmpint (p.end, <=, (gint64) len);
      g_assert_false (g_ascii_isspace (text[p.start]));
      g_assert_false (g_ascii_isspace (text[p.end - 1]));
      prev_end = p.end;
    }
  prev_end = 0;
  for (guint i = 0; i < s->sentences->len; i++)
    {
      const CgSentence *x = &g_array_index (s->sentences, CgSentence, i);
      g_assert_cmpuint (x->paragraph, <, s->paragraphs->len);
      CgSpan p = g_array_index (s->paragraphs, CgParagraph, x->paragraph).span;
      g_assert_cmpint (x->span.start, >=, prev_end);
      g_assert_cmpint (x->span.start, >=, p.start);
      g_assert_cmpint (x->span.end, <=, p.end);
      g_assert_cmpint (x->span.end, >, x->span.start);
      g_assert_false (g_ascii_isspace (text[x->span.start]));
      prev_end = x->span.end;
    }
  gint64 prev_start = -1;
  for (guint i = 0; i < s->quotes->len; i++)
    {
      const CgQuote *q = &g_array_index (s->quotes, CgQuote, i);
      g_assert_cmpint (q->span.start, >=, prev_start);
      g_assert_cmpint (q->inner.start, >, q->span.start);
      g_assert_cmpint (q->inner.start, <=, q->inner.end);
      g_assert_cmpint (q->inner.end, <=, q->span.end);
      g_assert_cmpint (q->span.end, <=, (gint64) len);
      g_assert_cmpuint (q->first_paragraph, <=, q->last_paragraph);
      g_assert_cmpuint (q->last_paragraph, <, s->paragraphs->len);
      CgSpan lp = g_array_index (s->paragraphs, CgParagraph, q->last_paragraph).span;
      g_assert_cmpint (q->span.end, <=, lp.end);
      if (q->parent < 0)
        g_assert_cmpuint (q->depth, ==, 0);
      else
        {
          g_assert_cmpint (q->parent, <, (gint) i);
          const CgQuote *p = &g_array_index (s->quotes, CgQuote, q->parent);
          g_assert_cmpuint (q->depth, ==, p->depth + 1);
          g_assert_cmpint (q->span.start, >=, p->inner.start);
          g_assert_cmpint (q->span.end, <=, p->span.end);
        }
      prev_start = q->span.start;
    }
}

typedef struct {
  const char *text;
  guint flags;
} Want;

static void
assert_tokens (const char *text, GArray *tokens, const Want *want, guint n)
{
  GString *got = g_string_new (NULL);
  for (guint i = 0; i < tokens->len; i++)
    {
      CgToken *t = &g_array_index (tokens, CgToken, i);
      g_string_append_printf (got, "[%.*s]", (int) (t->end - t->start), text + t->start);
    }
  g_test_message ("tokens: %s", got->str);
  g_string_free (got, TRUE);
  g_assert_cmpuint (tokens->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      CgToken *t = &g_array_index (tokens, CgToken, i);
      char *s = span_text (text, (CgSpan) { t->start, t->end });
      g_assert_cmpstr (s, ==, want[i].text);
      g_assert_cmphex (t->flags, ==, want[i].flags);
      g_free (s);
    }
}

#define W CG_TOKEN_WORD
#define C (CG_TOKEN_WORD | CG_TOKEN_CAPITALIZED)
#define N (CG_TOKEN_WORD | CG_TOKEN_NUMBER)
#define P CG_TOKEN_PUNCT
#define Q (CG_TOKEN_PUNCT | CG_TOKEN_QUOTE)

/* ---- sentences ---------------------------------------------------------- */

static void
test_sentences_abbreviations (void)
{
  CgArticleResult *r = process_seed (SEED_000);
  const CgArticle *a = r->article;
  const CgSegments *s = r->segments;
  check_invariants (a->text, a->len, s);

  /* initials */
  assert_sentence (a, s, sentence_with (a, s, "William J. Burns"),
                   "Former CIA director William J. Burns commented, "
                   "\"Revenge is a dish Putin prefers served cold.\"");
  assert_sentence (a, s, sentence_with (a, s, "Dmitri A. Medvedev"),
                   "Dmitri A. Medvedev, a top Putin lieutenant, posted on X: "
                   "\"The insolent pig finally got a proper slap down in the Oval Office.\"");
  /* an epigraph: the dash attribution stays with its quotation */
  guint i = sentence_with (a, s, "Thomas L. Friedman");
  char *t = span_text (a->text, g_array_index (s->sentences, CgSentence, i).span);
  g_assert_true (g_str_has_prefix (t, "\u201cMy fellow Americans"));
  g_assert_true (g_str_has_suffix (t, "plays one on TV.\u201d \u2014 New York Times columnist Thomas L. Friedman"));
  g_free (t);

  /* listed abbreviations */
  assert_sentence (a, s, sentence_with (a, s, "St. Petersburg"),
                   "The Russian interference operation was carried out by the IRA based in St. Petersburg.");
  i = sentence_with (a, s, "Kushner on Oct. 21");
  t = span_text (a->text, g_array_index (s->sentences, CgSentence, i).span);
  g_assert_true (g_str_has_prefix (t, "He emailed Kushner on Oct. 21, 2016 that"));
  g_assert_true (g_str_has_suffix (t, "champion of the establishment.\""));
  g_free (t);
  assert_sentence (a, s, sentence_with (a, s, "very serious, Mr. President."),
                   "I\u2019m very serious, Mr. President.");
  i = sentence_with (a, s, "Donald Trump Jr. responded");
  assert_sentence (a, s, i, "Donald Trump Jr. responded enthusiastically to the email.");

  /* U.S. inside a sentence, before a capitalised name and at the end */
  i = sentence_with (a, s, "it seems the U.S. was switching");
  assert_sentence (a, s, i, "She noted that it seems the U.S. was switching sides in a war.");
  assert_sentence (a, s, i + 1, "Advantage Russia.");
  assert_sentence (a, s, sentence_with (a, s, "The U.S. Agency"),
                   "The U.S. Agency for International Development was destroyed and Putin cheered.");

  /* a period inside closing quotes ends the sentence after the quote */
  i = sentence_with (a, s, "continue to stand with Ukraine");
  assert_sentence (a, s, i,
                   "The day of the ambush, then-Prime Minister Justin Trudeau starkly mapped the fork "
                   "in the road by pledging Canada would \"continue to stand with Ukraine.\"");
  assert_sentence (a, s, i + 1, "He wrote on X: \"Russia illegally and unjustifiably invaded Ukraine.");
  assert_sentence (a, s, i + 2, "For three years now, Ukrainians have fought with courage and resilience.");
  g_assert_cmpuint (g_array_index (s->sentences, CgSentence, i).paragraph, ==,
                    g_array_index (s->sentences, CgSentence, i + 2).paragraph);

  /* "..." followed by a capital ends a sentence */
  i = sentence_with (a, s, "\"For example...");
  assert_sentence (a, s, i, "\"For example...");
  assert_sentence (a, s, i + 1, "Russian propaganda that Ukraine started the war...");

  /* a question inside a quotation followed by a lower-case word goes on */
  i = sentence_with (a, s, "Putin went through a hell of a lot");
  assert_sentence (a, s, i, "\"Let me tell you, Putin went through a hell of a lot with me.\"");
  cg_article_result_free (r);
}

static void
test_sentences_hand_made (void)
{
  const char *text =
    "The rate rose to 3.5 per cent at 9 a.m. on Tuesday. See example.com/x.html for "
    "details, or mail info@example.org. Gen. Smith and Dr. Jones met the U.S. "
    "delegation in Washington, D.C. But nobody came. Really?! Yes... and no. "
    "\"Why?\" he asked. 1. Personal Affinity\n"
    "Representative C. A. Dutch Ruppersberger spoke. A vote followed.";
  CgSegments *s = cg_segmenter_run (segmenter (), text, strlen (text));
  check_invariants (text, strlen (text), s);
  const char *want[] = {
    "The rate rose to 3.5 per cent at 9 a.m. on Tuesday.",
    "See example.com/x.html for details, or mail info@example.org.",
    "Gen. Smith and Dr. Jones met the U.S. delegation in Washington, D.C.",
    "But nobody came.",
    "Really?!",
    "Yes... and no.",
    "\"Why?\" he asked.",
    "1. Personal Affinity",
    "Representative C. A. Dutch Ruppersberger spoke.",
    "A vote followed.",
  };
  g_assert_cmpuint (s->sentences->len, ==, G_N_ELEMENTS (want));
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    {
      char *t = span_text (text, g_array_index (s->sentences, CgSentence, i).span);
      g_assert_cmpstr (t, ==, want[i]);
      g_free (t);
    }
  cg_segments_free (s);
}

/* A name of abbreviations.rules [dotted-name] is not split by the glued
 * sentence end "plan.In" is (tests/data/segment-dotted.txt, AllSides):
 * "according to Rewire.News, claiming ...", "Massachusetts-based
 * Represent.Us, which ...", "Imani Gandy, Rewire.News senior legal analyst,
 * tweeted"); nor are the extractor's tokens. */
static void
test_sentences_dotted_names (void)
{
  char *path = cg_test_data ("segment-dotted.txt");
  CgArticleResult *r = cg_test_process (path);
  const CgArticle *a = r->article;
  const CgSegments *s = r->segments;
  check_invariants (a->text, a->len, s);
  guint i = sentence_with (a, s, "Just weeks into the administration");
  char *t = span_text (a->text, g_array_index (s->sentences, CgSentence, i).span);
  g_assert_true (g_str_has_prefix (t, "Just weeks into the administration, AAPLOG sent an email"));
  g_assert_nonnull (strstr (t, "according to Rewire.News, claiming it had"));
  g_free (t);
  assert_sentence (a, s, sentence_with (a, s, "On the other side"),
                   "On the other side: Massachusetts-based Represent.Us, which is waging bipartisan campaigns "
                   "around the country to end anonymous contributions in politics and pass laws it says will "
                   "curb public corruption.");
  i = sentence_with (a, s, "Imani Gandy");
  t = span_text (a->text, g_array_index (s->sentences, CgSentence, i).span);
  g_assert_nonnull (strstr (t, "Imani Gandy, Rewire.News senior legal analyst, tweeted on March 30."));
  g_free (t);
  /* the extractor's tokens keep it whole too: the mention is the name */
  gboolean credited = FALSE;
  for (guint k = 0; k < r->assertions->len; k++)
    {
      const CgAssertion *as = g_ptr_array_index (r->assertions, k);
      if (g_str_has_prefix (as->text, "it had \u201creceived requests"))
        credited = g_strcmp0 (as->source_text, "Rewire.News") == 0;
    }
  g_assert_true (credited);
  cg_article_result_free (r);
  g_free (path);
}

/* Sentence ends printed with no blank after them, from AllSides
 * (tests/data/segment-glued.txt): "to plan.In recent weeks", 'of
 * Mississippi."Like many governors', 'by ABC News.\u201cPermanent'; and the
 * dots that end nothing: "Federalist No.10", "FoxNews.com",
 * "Josh.Zumbrun@wsj.com", "(BA.N)", "J.P.Morgan". */
static void
test_sentences_glued (void)
{
  char *path = cg_test_data ("segment-glued.txt");
  CgArticleResult *r = cg_test_process (path);
  const CgArticle *a = r->article;
  const CgSegments *s = r->segments;
  check_invariants (a->text, a->len, s);
  guint i = sentence_with (a, s, "never too early to plan");
  char *t = span_text (a->text, g_array_index (s->sentences, CgSentence, i).span);
  g_assert_true (g_str_has_suffix (t, "it is never too early to plan."));
  g_free (t);
  assert_sentence (a, s, i + 1,
                   "In recent weeks, Obama has hinted at several options, including returning to his roots "
                   "as a community organizer.");
  i = sentence_with (a, s, "Phil Bryant of Mississippi");
  assert_sentence (a, s, i, "Dave Heineman of Nebraska, Rick Scott of Florida, and Phil Bryant of Mississippi.");
  t = span_text (a->text, g_array_index (s->sentences, CgSentence, i + 1).span);
  g_assert_true (g_str_has_prefix (t, "\"Like many governors, my office"));
  g_free (t);
  i = sentence_with (a, s, "A copy of the book");
  assert_sentence (a, s, i, "A copy of the book was obtained by ABC News.");
  t = span_text (a->text, g_array_index (s->sentences, CgSentence, i + 1).span);
  g_assert_true (g_str_has_prefix (t, "\u201cPermanent residency"));
  g_free (t);
  assert_sentence (a, s, sentence_with (a, s, "Federalist No.10"),
                   "What we today call \u201ctribalism,\u201d James Madison in Federalist No.10 called "
                   "\u201cfactionalism.\u201d");
  assert_sentence (a, s, sentence_with (a, s, "FoxNews.com"),
                   "But another senior law enforcement official, speaking to FoxNews.com, characterized the "
                   "brothers' plans to go to New York as \"aspirational, at best.\"");
  assert_sentence (a, s, sentence_with (a, s, "Zumbrun"),
                   "Write to Josh Zumbrun at Josh.Zumbrun@wsj.com and Bob Davis at bob.davis@wsj.com");
  t = span_text (a->text, g_array_index (s->sentences, CgSentence, sentence_with (a, s, "J.P.Morgan")).span);
  g_assert_true (g_str_has_prefix (t, "Boeing Co (BA.N) fell another 18.1% as J.P.Morgan abandoned"));
  g_free (t);
  /* the tokens split where the sentences do */
  i = sentence_with (a, s, "never too early to plan");
  CgSpan sp = { g_array_index (s->sentences, CgSentence, i).span.start,
                g_array_index (s->sentences, CgSentence, i + 1).span.end };
  GArray *tokens = cg_tokenize (a->text, sp);
  guint k = 0;
  while (k + 2 < tokens->len && strncmp (a->text + g_array_index (tokens, CgToken, k).start, "plan", 4) != 0)
    k++;
  const Want want[] = { { "plan", W }, { ".", P }, { "In", C }, { "recent", W } };
  for (guint w = 0; w < G_N_ELEMENTS (want); w++)
    {
      CgToken *tk = &g_array_index (tokens, CgToken, k + w);
      char *x = g_strndup (a->text + tk->start, (gsize) (tk->end - tk->start));
      g_assert_cmpstr (x, ==, want[w].text);
      g_free (x);
    }
  g_array_unref (tokens);
  cg_article_result_free (r);
  g_free (path);
}

/* ---- paragraphs --------------------------------------------------------- */

static void
test_paragraphs_one_per_line (void)
{
  CgArticleResult *r = process_seed (SEED_002);
  const CgArticle *a = r->article;
  const CgSegments *s = r->segments;
  check_invariants (a->text, a->len, s);
  /* every non-blank line is a paragraph */
  guint lines = 0;
  char **split = g_strsplit (a->text, "\n", -1);
  for (guint i = 0; split[i]; i++)
    if (*g_strstrip (split[i]))
      lines++;
  g_strfreev (split);
  g_assert_cmpuint (s->paragraphs->len, ==, lines);
  char *t = span_text (a->text, g_array_index (s->paragraphs, CgParagraph, 0).span);
  g_assert_cmpstr (t, ==, "Trump\u2019s long-standing infatuation with Putin is about to meet its ultimate test");
  g_free (t);
  t = span_text (a->text, g_array_index (s->paragraphs, CgParagraph, 2).span);
  g_assert_true (g_str_has_prefix (t, "One hundred days of the second Trump era"));
  g_assert_true (g_str_has_suffix (t, "destroying vital infrastructure."));
  g_free (t);
  /* the heading is one sentence of its own paragraph */
  const CgSentence *x = &g_array_index (s->sentences, CgSentence, 0);
  g_assert_cmpuint (x->paragraph, ==, 0);
  g_assert_cmpuint (g_array_index (s->sentences, CgSentence, 1).paragraph, ==, 1);
  cg_article_result_free (r);
}

static void
test_paragraphs_wrapped (void)
{
  char *path = cg_test_data ("segment-wrapped.txt");
  char *text;
  gsize len;
  g_assert_true (g_file_get_contents (path, &text, &len, NULL));
  CgSegments *s = cg_segmenter_run (segmenter (), text, len);
  check_invariants (text, len, s);
  g_assert_cmpuint (s->paragraphs->len, ==, 4);
  char *t = span_text (text, g_array_index (s->paragraphs, CgParagraph, 0).span);
  g_assert_cmpstr (t, ==, "A fragile truce");
  g_free (t);
  t = span_text (text, g_array_index (s->paragraphs, CgParagraph, 2).span);
  g_assert_true (g_str_has_prefix (t, "Trump said: \u201cI think"));
  g_assert_true (g_str_has_suffix (t, "get it done.\u201d"));
  g_free (t);
  /* the quotation over two wrapped lines is one closed quote */
  const CgQuote *q = quote (s, quote_starting (text, s, "I think we have a deal"));
  g_assert_true (q->closed);
  g_assert_cmpuint (q->first_paragraph, ==, 2);
  g_assert_cmpuint (q->last_paragraph, ==, 2);
  /* a sentence spans a line break */
  guint n = 0;
  for (guint i = 0; i < s->sentences->len; i++)
    if (g_array_index (s->sentences, CgSentence, i).paragraph == 1)
      n++;
  g_assert_cmpuint (n, ==, 2);
  cg_segments_free (s);
  g_free (text);
  g_free (path);
}

/* ---- quotes ------------------------------------------------------------- */

static void
test_quotes_seed (void)
{
  CgArticleResult *r = process_seed (SEED_000);
  const char *text = r->article->text;
  const CgSegments *s = r->segments;

  /* curly */
  const CgQuote *q = quote (s, quote_starting (text, s, "My fellow Americans"));
  g_assert_true (q->closed);
  g_assert_false (q->single);
  g_assert_cmpuint (q->depth, ==, 0);
  g_assert_true (strncmp (text + q->span.start, "\u201c", 3) == 0);
  g_assert_true (strncmp (text + q->span.end - 3, "\u201d", 3) == 0);
  char *t = span_text (text, q->inner);
  g_assert_true (g_str_has_suffix (t, "but he sure plays one on TV."));
  g_free (t);

  /* nested single quote inside a straight double quote */
  gint outer = quote_starting (text, s, "All that is required");
  gint inner = quote_starting (text, s, "wink");
  q = quote (s, inner);
  g_assert_true (q->single);
  g_assert_true (q->closed);
  g_assert_cmpuint (q->depth, ==, 1);
  g_assert_cmpint (q->parent, ==, outer);
  t = span_text (text, q->span);
  g_assert_cmpstr (t, ==, "'wink'");
  g_free (t);
  t = span_text (text, quote (s, outer)->inner);
  g_assert_cmpstr (t, ==, "All that is required to start the process is a very minor "
                          "'wink' (or slight push from DT).");
  g_free (t);

  /* straight pairs, two in one sentence */
  t = span_text (text, quote (s, quote_starting (text, s, "DCLeaks"))->span);
  g_assert_cmpstr (t, ==, "\"DCLeaks\"");
  g_free (t);
  t = span_text (text, quote (s, quote_starting (text, s, "Guccifer"))->inner);
  g_assert_cmpstr (t, ==, "Guccifer 2.0");
  g_free (t);

  /* over paragraphs: "People back home ..." closes in its paragraph; the
   * next quote is reopened by the paragraph starting "If he was ... and
   * closed there, as one quote */
  q = quote (s, quote_starting (text, s, "People back home"));
  g_assert_true (q->closed);
  g_assert_cmpuint (q->first_paragraph, ==, q->last_paragraph);
  gint mi = quote_starting (text, s, "For example...");
  q = quote (s, mi);
  g_assert_true (q->closed);
  g_assert_false (q->single);
  g_assert_cmpuint (q->last_paragraph, ==, q->first_paragraph + 1);
  CgSpan last = g_array_index (s->paragraphs, CgParagraph, q->last_paragraph).span;
  g_assert_true (g_str_has_prefix (text + last.start, "\"If he was a Russian asset"));
  g_assert_cmpint (q->span.end, ==, last.end);
  t = span_text (text, q->inner);
  g_assert_true (g_str_has_suffix (t, "more favourable than these things."));
  g_free (t);
  g_assert_cmpint (quote_starting (text, s, "If he was a Russian asset, I can"), ==, -1);
  g_assert_cmpint (quote (s, mi + 1)->span.start, >, last.end);

  /* the article's six single quotes ('wink', 'back door' twice, three
   * curly ones) and none of its many apostrophes (Canada’s, Russia's) */
  guint singles = 0;
  for (guint i = 0; i < s->quotes->len; i++)
    {
      q = quote (s, (gint) i);
      if (!q->single)
        continue;
      singles++;
      g_assert_true (q->closed);
      g_assert_true (g_ascii_isspace (text[q->span.start - 1]));
      g_assert_true (g_unichar_isalpha (g_utf8_get_char (text + q->inner.start)));
    }
  g_assert_cmpuint (singles, ==, 6);
  g_assert_cmpint (quote_starting (text, s, "back door"), >=, 0);
  g_assert_cmpint (quote_starting (text, s, "A very cunning person"), >=, 0);
  cg_article_result_free (r);
}

static void
test_quotes_apostrophes (void)
{
  const char *text =
    "Don't say Putin's or the Sanders' plans were from the '90s, rock 'n' roll "
    "and Trump\u2019s \u201990s \u2018wink\u2019 were 'fine' said O'Brien.";
  CgSegments *s = cg_segmenter_run (segmenter (), text, strlen (text));
  check_invariants (text, strlen (text), s);
  g_assert_cmpuint (s->quotes->len, ==, 2);
  char *t = span_text (text, quote (s, 0)->span);
  g_assert_cmpstr (t, ==, "\u2018wink\u2019");
  g_free (t);
  t = span_text (text, quote (s, 1)->inner);
  g_assert_cmpstr (t, ==, "fine");
  g_free (t);
  g_assert_true (quote (s, 1)->single);
  cg_segments_free (s);
}

/* Apostrophes inside words next to single quotes, curly and straight,
 * in a paragraph of AllSides 06gcWQ2Cz7bo6Rby and one of
 * 0eRWkULL1GOOhpDh, alone, after a BOM, and over CRLF lines: the
 * segmenter passes over an apostrophe between two letters without
 * judging it (in_word()) and decodes the curly marks itself; the
 * quotations, their nesting and the sentences are the marks' own: no
 * quote opens at "I’ve" or "it’s", "‘safe’" closes after its "e".
 * With a rule file making letters quotation marks, a mark between two
 * letters is judged again (after a double mark it opens).  Fails with
 * in_word() looking at the letter before only, without its test of the
 * rules' letters, and with the curly marks' bytes decoded in the wrong
 * order (each built and run). */
static void
check_single_quotes (const char *text, const char *const *want, guint n_want, guint n_sentences)
{
  gsize len = strlen (text);
  CgSegments *s = cg_segmenter_run (segmenter (), text, len);
  check_invariants (text, len, s);
  g_assert_cmpuint (s->quotes->len, ==, n_want + 1);
  g_assert_cmpint (quote (s, 0)->depth, ==, 0);
  g_assert_true (quote (s, 0)->closed);
  g_assert_false (quote (s, 0)->single);
  for (guint i = 0; i < n_want; i++)
    {
      const CgQuote *q = quote (s, (gint) i + 1);
      char *t = span_text (text, q->inner);
      g_assert_cmpstr (t, ==, want[i]);
      g_free (t);
      g_assert_true (q->single);
      g_assert_true (q->closed);
      g_assert_cmpint (q->parent, ==, 0);
    }
  g_assert_cmpuint (s->sentences->len, ==, n_sentences);
  cg_segments_free (s);
}

static void
test_quotes_in_word (void)
{
  const char *mines =
    "\u201cI\u2019ve heard land mines called everything from \u2018safe\u2019 to \u2018pure\u2019 to "
    "\u2018area denial systems.\u2019 There\u2019s definitely been efforts by the defense sector to make "
    "more precise and accurate weapons. We\u2019ve seen that with the more sophisticated cluster "
    "weapons that do not leave many unexploded remnants \u2013 but they still leave some.\u201d";
  const char *mines_want[] = { "safe", "pure", "area denial systems." };
  const char *hearsay =
    "\u201c\u2018Well,\u2019 he said, \u2018it\u2019s just hearsay.\u2019 And I said, \u2018Well, with all "
    "due respect, it\u2019s not hearsay. It would be a statement by a co-conspirator in furtherance of a "
    "conspiracy and would come into court under the rules of evidence,\u2019\u201d";
  const char *hearsay_want[] = { "Well,", "it\u2019s just hearsay.",
                                 "Well, with all due respect, it\u2019s not hearsay. It would be a statement "
                                 "by a co-conspirator in furtherance of a conspiracy and would come into "
                                 "court under the rules of evidence," };
  const char *straight =
    "\"I've heard land mines called everything from 'safe' to 'pure' to 'area denial systems.' "
    "There's definitely been efforts by the defense sector to make more precise and accurate "
    "weapons. We've seen that with the more sophisticated cluster weapons that do not leave many "
    "unexploded remnants - but they still leave some.\"";
  check_single_quotes (mines, mines_want, 3, 3);
  check_single_quotes (hearsay, hearsay_want, 3, 3);
  check_single_quotes (straight, mines_want, 3, 3);
  char *bom = g_strconcat ("\xef\xbb\xbf", mines, NULL);
  check_single_quotes (bom, mines_want, 3, 3);
  g_free (bom);
  /* the two paragraphs after a BOM, with CRLF line ends */
  char *two = g_strconcat ("\xef\xbb\xbf", mines, "\r\n\r\n", hearsay, "\r\n", NULL);
  CgSegments *s2 = cg_segmenter_run (segmenter (), two, strlen (two));
  check_invariants (two, strlen (two), s2);
  g_assert_cmpuint (s2->paragraphs->len, ==, 2);
  g_assert_cmpuint (s2->sentences->len, ==, 6);
  g_assert_cmpuint (s2->quotes->len, ==, 8);
  for (guint i = 0, k = 0; i < s2->quotes->len; i++)
    {
      const CgQuote *q = quote (s2, (gint) i);
      g_assert_true (q->closed);
      if (!q->single)
        continue;
      char *t = span_text (two, q->inner);
      g_assert_cmpstr (t, ==, k < 3 ? mines_want[k] : hearsay_want[k - 3]);
      g_free (t);
      k++;
    }
  cg_segments_free (s2);
  g_free (two);

  /* Letters as marks (quote-marks.rules of a user): "q" opening a double
   * quote, "x" a single mark of either role; the "x" after "q" opens a
   * single quote (opens_single(): after a double mark), the one before a
   * blank closes it. */
  CgRules *rules = cg_test_rules_with ("quote-marks.rules", "[double]\nq ; role=open\n[single]\nx ; role=either\n");
  GError *error = NULL;
  CgSegmenter *seg = cg_segmenter_new (rules, &error);
  g_assert_no_error (error);
  const char *text = "The word qxfinex came to the writers of the article.";
  CgSegments *s = cg_segmenter_run (seg, text, strlen (text));
  guint singles = 0;
  for (guint i = 0; i < s->quotes->len; i++)
    if (quote (s, (gint) i)->single)
      {
        char *t = span_text (text, quote (s, (gint) i)->inner);
        g_assert_cmpstr (t, ==, "fine");
        g_free (t);
        singles++;
      }
  g_assert_cmpuint (singles, ==, 1);
  cg_segments_free (s);
  cg_segmenter_free (seg);
  cg_rules_free (rules);
}

static void
test_quotes_mixed_marks (void)
{
  /* curly marks typed the wrong way round, a straight opening closed by a
   * curly mark, curly quotes nested in curly quotes */
  const char *text =
    "\u201cWrong way.\u201c He said \u201dalso wrong\u201d here. \"Mixed\u201d and "
    "\u201cshe said \u201cno\u201d twice\u201d.";
  CgSegments *s = cg_segmenter_run (segmenter (), text, strlen (text));
  check_invariants (text, strlen (text), s);
  const char *want[] = { "Wrong way.", "also wrong", "Mixed", "she said \u201cno\u201d twice", "no" };
  g_assert_cmpuint (s->quotes->len, ==, G_N_ELEMENTS (want));
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    {
      char *t = span_text (text, quote (s, (gint) i)->inner);
      g_assert_cmpstr (t, ==, want[i]);
      g_assert_true (quote (s, (gint) i)->closed);
      g_free (t);
    }
  g_assert_cmpint (quote (s, 4)->parent, ==, 3);
  cg_segments_free (s);
}

static void
test_quotes_straight_recovery (void)
{
  /* from a BASIL article: a block quotation opened by a doubled mark whose
   * outer quote is never closed, then a stray inch mark */
  const char *text =
    "Here's an excerpt from the Times report:\n\n"
    "\"\"We have learned something important since the days that I served in Vietnam,\" "
    "Mr. Blumenthal said. \"And you exemplify it.\"\n\n"
    "A 6\" pipe burst, \"officials\" said.\n";
  CgSegments *s = cg_segmenter_run (segmenter (), text, strlen (text));
  check_invariants (text, strlen (text), s);
  g_assert_cmpuint (s->quotes->len, ==, 4);
  const CgQuote *q = quote (s, 0);
  g_assert_false (q->closed);
  g_assert_cmpint (q->span.end, ==, g_array_index (s->paragraphs, CgParagraph, 1).span.end);
  const char *want[] = {
    NULL, "We have learned something important since the days that I served in Vietnam,",
    "And you exemplify it.", "officials" };
  for (guint i = 1; i < 4; i++)
    {
      q = quote (s, (gint) i);
      char *t = span_text (text, q->inner);
      g_assert_cmpstr (t, ==, want[i]);
      g_assert_true (q->closed);
      g_assert_cmpint (q->parent, ==, i < 3 ? 0 : -1);
      g_free (t);
    }
  cg_segments_free (s);
}

static void
test_quotes_doubled_marks (void)
{
  /* newspaper archives write '' for a double quotation mark */
  const char *text =
    "''Tales From the Crypt,'' an HBO series, is back -- and so are ''24,'' and "
    "``Prison Break.''\n\nIt's fine.";
  CgSegments *s = cg_segmenter_run (segmenter (), text, strlen (text));
  check_invariants (text, strlen (text), s);
  const char *want[] = { "Tales From the Crypt,", "24,", "Prison Break." };
  g_assert_cmpuint (s->quotes->len, ==, G_N_ELEMENTS (want));
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    {
      const CgQuote *q = quote (s, (gint) i);
      char *t = span_text (text, q->inner);
      g_assert_cmpstr (t, ==, want[i]);
      g_assert_true (q->closed);
      g_assert_false (q->single);
      g_assert_cmpint (q->inner.start - q->span.start, ==, 2);
      g_assert_cmpint (q->span.end - q->inner.end, ==, 2);
      g_free (t);
    }
  g_assert_cmpuint (s->sentences->len, ==, 2);
  cg_segments_free (s);

  GArray *tokens = cg_tokenize (text, (CgSpan) { 0, 25 });
  const Want want_tokens[] = {
    { "'", Q }, { "'", Q }, { "Tales", C }, { "From", C }, { "the", W }, { "Crypt", C },
    { ",", P }, { "'", Q }, { "'", Q },
  };
  assert_tokens (text, tokens, want_tokens, G_N_ELEMENTS (want_tokens));
  g_array_unref (tokens);
}

static void
test_quotes_unterminated (void)
{
  char *path = cg_test_data ("segment-unterminated.txt");
  char *text;
  gsize len;
  g_assert_true (g_file_get_contents (path, &text, &len, NULL));
  CgSegments *s = cg_segmenter_run (segmenter (), text, len);
  check_invariants (text, len, s);
  g_assert_cmpuint (s->paragraphs->len, ==, 2);
  g_assert_cmpuint (s->quotes->len, ==, 2);
  const CgQuote *q = quote (s, 0);
  CgSpan p0 = g_array_index (s->paragraphs, CgParagraph, 0).span;
  g_assert_false (q->closed);
  g_assert_cmpuint (q->last_paragraph, ==, 0);
  g_assert_cmpint (q->span.end, ==, p0.end);
  char *t = span_text (text, q->inner);
  g_assert_cmpstr (t, ==, "this quotation never closes, and the rest of the paragraph is not quoted.");
  g_free (t);
  q = quote (s, 1);
  g_assert_true (q->closed);
  g_assert_cmpuint (q->first_paragraph, ==, 1);
  t = span_text (text, q->inner);
  g_assert_cmpstr (t, ==, "real quote");
  g_free (t);
  cg_segments_free (s);
  g_free (text);
  g_free (path);
}

static void
test_quotes_pathological (void)
{
  const char *marks[] = { "\u201c", "\"", "'", "\u201d", "\u2018" };
  for (guint m = 0; m < G_N_ELEMENTS (marks); m++)
    {
      GString *g = g_string_new ("Lead paragraph \"opens\" well.\n\n");
      for (guint i = 0; i < 10000; i++)
        g_string_append_printf (g, "%s%sword", i % 2 ? " " : "", marks[m]);
      g_string_append (g, ".\n\nThe last paragraph has a \"fine quote\" here.\n");
      CgSegments *s = cg_segmenter_run (segmenter (), g->str, g->len);
      check_invariants (g->str, g->len, s);
      g_assert_cmpuint (s->paragraphs->len, ==, 3);
      g_assert_cmpuint (s->quotes->len, <=, 10002);
      const CgQuote *first = quote (s, 0);
      const CgQuote *last = quote (s, (gint) s->quotes->len - 1);
      g_assert_true (first->closed);
      g_assert_true (last->closed);
      char *t = span_text (g->str, last->inner);
      g_assert_cmpstr (t, ==, "fine quote");
      g_free (t);
      for (guint i = 0; i < s->quotes->len; i++)
        g_assert_cmpuint (quote (s, (gint) i)->depth, <, 16);
      cg_segments_free (s);
      g_string_free (g, TRUE);
    }
}

static void
test_degenerate_input (void)
{
  const char *texts[] = { "", "   \n\n \n", ".", "\"", "'", "...", "\u201c\n\n\u201c",
                          "a\xe2\x80", "\xe2\x80\xa6\xe2\x80\xa6 A" };
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      CgSegments *s = cg_segmenter_run (segmenter (), texts[i], strlen (texts[i]));
      check_invariants (texts[i], strlen (texts[i]), s);
      cg_segments_free (s);
    }
}

/* ---- rules -------------------------------------------------------------- */

static void
test_bad_quote_rule (void)
{
  char *dir = cg_test_tmpdir ();
  char *file = g_build_filename (dir, "quote-marks.rules", NULL);
  g_assert_true (g_file_set_contents (file, "[double]\n\"x ; role=open\n", -1, NULL));
  GError *error = NULL;
  CgRules *rules = cg_rules_load_dirs (cg_rules_default_dir (), dir, &error);
  g_assert_no_error (error);
  CgSegmenter *seg = cg_segmenter_new (rules, &error);
  g_assert_null (seg);
  g_assert_error (error, CG_ERROR, CG_ERROR_RULES);
  g_assert_nonnull (strstr (error->message, "quote-marks.rules:2:"));
  g_clear_error (&error);
  g_assert_true (g_file_set_contents (file, "[single]\n` ; role=sideways\n", -1, NULL));
  cg_rules_free (rules);
  rules = cg_rules_load_dirs (cg_rules_default_dir (), dir, &error);
  g_assert_no_error (error);
  g_assert_null (cg_segmenter_new (rules, &error));
  g_assert_error (error, CG_ERROR, CG_ERROR_RULES);
  g_assert_nonnull (strstr (error->message, "sideways"));
  g_clear_error (&error);
  cg_rules_free (rules);
  g_remove (file);
  g_rmdir (dir);
  g_free (file);
  g_free (dir);
}

/* ---- tokens ------------------------------------------------------------- */

static void
test_tokens_burns (void)
{
  CgArticleResult *r = process_seed (SEED_000);
  const CgArticle *a = r->article;
  guint i = sentence_with (a, r->segments, "William J. Burns");
  CgSpan sp = g_array_index (r->segments->sentences, CgSentence, i).span;
  GArray *tokens = cg_tokenize (a->text, sp);
  const Want want[] = {
    { "Former", C }, { "CIA", C }, { "director", W }, { "William", C }, { "J.", C },
    { "Burns", C }, { "commented", W }, { ",", P }, { "\"", Q }, { "Revenge", C },
    { "is", W }, { "a", W }, { "dish", W }, { "Putin", C }, { "prefers", W },
    { "served", W }, { "cold", W }, { ".", P }, { "\"", Q },
  };
  assert_tokens (a->text, tokens, want, G_N_ELEMENTS (want));
  g_assert_cmpint (g_array_index (tokens, CgToken, 0).start, ==, sp.start);
  g_assert_cmpint (g_array_index (tokens, CgToken, tokens->len - 1).end, ==, sp.end);
  g_array_unref (tokens);
  cg_article_result_free (r);
}

static void
test_tokens_words (void)
{
  const char *text =
    "Trump\u2019s Vice-President don't pay $350,000 or 3.5% in the U.S. at 9 p.m. "
    "\u201cNo,\u201d said the 'wink' of Sanders' '90s \u00c9milie \u2014 Mr. Putin";
  CgSpan all = { 0, (gint64) strlen (text) };
  GArray *tokens = cg_tokenize (text, all);
  const Want want[] = {
    { "Trump\u2019s", C }, { "Vice-President", C }, { "don't", W }, { "pay", W },
    { "$", P }, { "350,000", N }, { "or", W }, { "3.5", N }, { "%", P }, { "in", W },
    { "the", W }, { "U.S.", C }, { "at", W }, { "9", N }, { "p.m.", W },
    { "\u201c", Q }, { "No", C }, { ",", P }, { "\u201d", Q }, { "said", W }, { "the", W },
    { "'", Q }, { "wink", W }, { "'", Q }, { "of", W }, { "Sanders", C }, { "'", P },
    { "'", P }, { "90s", N }, { "\u00c9milie", C }, { "\u2014", P }, { "Mr", C }, { ".", P },
    { "Putin", C },
  };
  assert_tokens (text, tokens, want, G_N_ELEMENTS (want));
  g_array_unref (tokens);

  /* with the rules: abbreviation dots stay, elisions are no quotes */
  const char *text2 = "Mr. Putin likes rock 'n' roll.";
  tokens = cg_tokenize_with (segmenter (), text2, (CgSpan) { 0, (gint64) strlen (text2) });
  const Want want2[] = {
    { "Mr.", C }, { "Putin", C }, { "likes", W }, { "rock", W }, { "'", P }, { "n", W },
    { "'", P }, { "roll", W }, { ".", P },
  };
  assert_tokens (text2, tokens, want2, G_N_ELEMENTS (want2));
  g_array_unref (tokens);

  /* a span inside the text: offsets are the text's */
  tokens = cg_tokenize (text2, (CgSpan) { 4, 9 });
  g_assert_cmpuint (tokens->len, ==, 1);
  g_assert_cmpint (g_array_index (tokens, CgToken, 0).start, ==, 4);
  g_assert_cmpint (g_array_index (tokens, CgToken, 0).end, ==, 9);
  g_array_unref (tokens);
  tokens = cg_tokenize (text2, CG_SPAN_NONE);
  g_assert_cmpuint (tokens->len, ==, 0);
  g_array_unref (tokens);
}

/* The tokens of cg_tokenizer_next() one at a time, as an array. */
static GArray *
tokenize_stepwise (const char *text, CgSpan span)
{
  guint shortcut = 0;
  GArray *out = cg_test_tokenize_stepwise (text, span, &shortcut);
  /* most words of prose take the shortcut */
  if (out->len > 100)
    g_assert_cmpuint (shortcut, >, out->len / 2);
  return out;
}

static void
assert_same_tokens (GArray *a, GArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      const CgToken *x = &g_array_index (a, CgToken, i), *y = &g_array_index (b, CgToken, i);
      g_assert_cmpint (x->start, ==, y->start);
      g_assert_cmpint (x->end, ==, y->end);
      g_assert_cmpuint (x->flags, ==, y->flags);
    }
}

/* The tokenizer's inline shortcut for short ASCII words gives the tokens
 * of cg_tokenize(): on the seed articles and on the cases at the edge of
 * the shortcut (a dot or comma after the word, a one-letter initial, words
 * of 7, 8, 14, 15 and 16 bytes, the text's end). */
static void
test_tokens_stepwise (void)
{
  const char *seeds[] = { SEED_000, SEED_002 };
  for (guint k = 0; k < G_N_ELEMENTS (seeds); k++)
    {
      CgArticleResult *r = process_seed (seeds[k]);
      const CgArticle *a = r->article;
      CgSpan all = { 0, (gint64) a->len };
      GArray *whole = cg_tokenize (a->text, all), *steps = tokenize_stepwise (a->text, all);
      g_assert_cmpuint (whole->len, >, 500);
      assert_same_tokens (whole, steps);
      g_array_unref (whole);
      g_array_unref (steps);
      cg_article_result_free (r);
    }
  const char *text =
    "J. Burns, 350,000 and 2,5 or 7. 3.5 U.S. p.m. said. Said.\"x\" abcdefg. abcdefgh, abcdefghijklmn. "
    "abcdefghijklmno. abcdefghijklmnop. don't Vice-President 'quote' ``doubled'' caf\u00e9 I. "
    "e.g. a.b.c word,\u201cquote\u201d A.\u00c9 x\t\ty\n\nz 12abc. Putin\u2019s allies\u2019 \u2018word\u2019 "
    "a\u2014b c \u2013 d e\u2026 f\u201d g\u2019\u00e9 h\u2010i j\u2019, k\u201cl \u201c\u201d end\u201d x\u2019s y\u2014";
  gsize len = strlen (text);
  for (gsize cut = len - 20; cut <= len; cut++)
    {
      CgSpan span = { 0, (gint64) cut };
      GArray *whole = cg_tokenize (text, span), *steps = tokenize_stepwise (text, span);
      g_assert_cmpuint (whole->len, >, 40);
      assert_same_tokens (whole, steps);
      g_array_unref (whole);
      g_array_unref (steps);
    }
  /* a span inside the text, and no span */
  GArray *steps = tokenize_stepwise (text, (CgSpan) { 3, 8 });
  g_assert_cmpuint (steps->len, ==, 1);
  g_assert_cmpint (g_array_index (steps, CgToken, 0).start, ==, 3);
  g_assert_cmpint (g_array_index (steps, CgToken, 0).end, ==, 8);
  g_array_unref (steps);
  steps = tokenize_stepwise (text, CG_SPAN_NONE);
  g_assert_cmpuint (steps->len, ==, 0);
  g_array_unref (steps);
}

/* cg_tokenizer_init_within(): a span of a longer text, whose last words
 * the shortcut may take reading past the span's end, gives the tokens of
 * cg_tokenize() on the span: every sentence of two seed articles, and
 * every span ending at each byte of the edge cases. */
static GArray *
tokenize_within (const char *text, gsize text_len, CgSpan span, guint *shortcut)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (CgToken));
  CgTokenizer tz;
  cg_tokenizer_init_within (&tz, text, text_len, span);
  CgToken two[2];
  guint n;
  while ((n = cg_tokenizer_next (&tz, two)) > 0)
    {
      g_array_append_vals (out, two, n);
      if (tz.lower8 == 0)
        continue;
      gsize len = (gsize) (two[0].end - two[0].start);
      char *want = g_ascii_strdown (text + two[0].start, (gssize) len);
      char got[9] = { 0 };
      for (gsize k = 0; k < 8; k++)
        got[k] = (char) (tz.lower8 >> (8 * k));
      g_assert_cmpstr (got, ==, want);
      g_free (want);
      (*shortcut)++;
    }
  return out;
}

static void
test_tokens_within (void)
{
  const char *seeds[] = { SEED_000, SEED_002 };
  guint shortcut = 0, last_words = 0;
  for (guint k = 0; k < G_N_ELEMENTS (seeds); k++)
    {
      CgArticleResult *r = process_seed (seeds[k]);
      const CgArticle *a = r->article;
      g_assert_cmpuint (r->segments->sentences->len, >, 20);
      for (guint s = 0; s < r->segments->sentences->len; s++)
        {
          CgSpan span = g_array_index (r->segments->sentences, CgSentence, s).span;
          guint before = shortcut;
          GArray *whole = cg_tokenize (a->text, span), *steps = tokenize_within (a->text, a->len, span, &shortcut);
          assert_same_tokens (whole, steps);
          /* the sentence's last word, within sixteen bytes of its end */
          if (shortcut > before && whole->len > 1
              && g_array_index (whole, CgToken, whole->len - 2).end + 16 > span.end
              && (gsize) span.end + 16 <= a->len)
            last_words++;
          g_array_unref (whole);
          g_array_unref (steps);
        }
      cg_article_result_free (r);
    }
  g_assert_cmpuint (last_words, >, 20);
  const char *text =
    "J. Burns, 350,000 and 2,5 or 7. 3.5 U.S. p.m. said. Said.\"x\" abcdefg. abcdefgh, abcdefghijklmn. "
    "abcdefghijklmno. abcdefghijklmnop. don't Vice-President 'quote' ``doubled'' caf\u00e9 I. "
    "e.g. a.b.c word,\u201cquote\u201d A.\u00c9 x\t\ty\n\nz 12abc. end";
  gsize len = strlen (text);
  for (gsize start = 0; start < 40; start += 3)
    for (gsize cut = start + 1; cut <= len; cut++)
      {
        CgSpan span = { (gint64) start, (gint64) cut };
        GArray *whole = cg_tokenize (text, span), *steps = tokenize_within (text, len, span, &shortcut);
        assert_same_tokens (whole, steps);
        g_array_unref (whole);
        g_array_unref (steps);
      }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/segment/sentences/abbreviations", test_sentences_abbreviations);
  g_test_add_func ("/segment/sentences/hand-made", test_sentences_hand_made);
  g_test_add_func ("/segment/sentences/glued", test_sentences_glued);
  g_test_add_func ("/segment/sentences/dotted-names", test_sentences_dotted_names);
  g_test_add_func ("/segment/paragraphs/one-per-line", test_paragraphs_one_per_line);
  g_test_add_func ("/segment/paragraphs/wrapped", test_paragraphs_wrapped);
  g_test_add_func ("/segment/quotes/seed", test_quotes_seed);
  g_test_add_func ("/segment/quotes/apostrophes", test_quotes_apostrophes);
  g_test_add_func ("/segment/quotes/mixed-marks", test_quotes_mixed_marks);
  g_test_add_func ("/segment/quotes/straight-recovery", test_quotes_straight_recovery);
  g_test_add_func ("/segment/quotes/doubled-marks", test_quotes_doubled_marks);
  g_test_add_func ("/segment/quotes/unterminated", test_quotes_unterminated);
  g_test_add_func ("/segment/quotes/pathological", test_quotes_pathological);
  g_test_add_func ("/segment/degenerate", test_degenerate_input);
  g_test_add_func ("/segment/rules/bad-quote-mark", test_bad_quote_rule);
  g_test_add_func ("/segment/quotes/in-word", test_quotes_in_word);
  g_test_add_func ("/segment/tokens/burns", test_tokens_burns);
  g_test_add_func ("/segment/tokens/words", test_tokens_words);
  g_test_add_func ("/segment/tokens/stepwise", test_tokens_stepwise);
  g_test_add_func ("/segment/tokens/within", test_tokens_within);
  return g_test_run ();
}
