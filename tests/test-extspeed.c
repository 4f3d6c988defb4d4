/* test-extspeed.c: the shortcuts that make segmentation and extraction
 * fast give what the plain ways give: the tokenizer's inline paths against
 * cg_tokenize(), on every printable ASCII character around words and on
 * the seed articles; assertion texts with their blanks folded however the
 * blanks fall against the eight-byte steps. */
#include "cg-test.h"

#include <string.h>

static GArray *
tokens_stepwise (const char *text, CgSpan span, guint *shortcut)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (CgToken));
  CgTokenizer tz;
  cg_tokenizer_init (&tz, text, span);
  CgToken two[2];
  guint n;
  while ((n = cg_tokenizer_next (&tz, two)) > 0)
    {
      g_array_append_vals (out, two, n);
      if (tz.lower8 == 0)
        continue;
      /* a token taken by a shortcut: its lowered bytes are the token's */
      g_assert_cmpuint (n, ==, 1);
      gsize len = (gsize) (two[0].end - two[0].start);
      g_assert_cmpuint (len, <=, 8);
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
assert_same_tokens (const char *text, CgSpan span, guint *shortcut)
{
  GArray *a = cg_tokenize (text, span), *b = tokens_stepwise (text, span, shortcut);
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      const CgToken *x = &g_array_index (a, CgToken, i), *y = &g_array_index (b, CgToken, i);
      g_assert_cmpint (x->start, ==, y->start);
      g_assert_cmpint (x->end, ==, y->end);
      g_assert_cmpuint (x->flags, ==, y->flags);
    }
  g_array_unref (a);
  g_array_unref (b);
}

/* Every printable ASCII character alone, doubled, before and after a word,
 * and before a letter, a digit and a quotation mark, far enough from the
 * text's end for the shortcuts (16 bytes) and at the end. */
static void
test_tokenizer_ascii (void)
{
  guint shortcut = 0, punct = 0;
  for (int c = 0x21; c < 0x7F; c++)
    {
      char *texts[] = {
        g_strdup_printf ("%c said the words of the article here", c),
        g_strdup_printf ("said%c the words of the article here", c),
        g_strdup_printf ("said %c%c the words of the article here", c, c),
        g_strdup_printf ("said %cx the words of the article here", c),
        g_strdup_printf ("said %c1 the words of the article here", c),
        g_strdup_printf ("said %c\" the words of the article here", c),
        g_strdup_printf ("the words of the article here %c", c),
      };
      for (guint k = 0; k < G_N_ELEMENTS (texts); k++)
        {
          CgSpan all = { 0, (gint64) strlen (texts[k]) };
          assert_same_tokens (texts[k], all, &shortcut);
          g_free (texts[k]);
        }
      if (!g_ascii_isalnum ((char) c) && c != '"' && c != '\'' && c != '`')
        punct++;
    }
  /* the words and the plain punctuation took the shortcut */
  g_assert_cmpuint (punct, ==, 29);
  g_assert_cmpuint (shortcut, >, 94 * 7 * 5);
}

/* The seed articles tokenize the same both ways, and most tokens (words
 * and punctuation of up to eight bytes) take a shortcut. */
static void
test_tokenizer_seeds (void)
{
  const char *seeds[] = { "000_c3594d0c15096988.txt", "001_0db92d2809385ea2.txt", "002_949dcb43ef4cc554.txt" };
  for (guint k = 0; k < G_N_ELEMENTS (seeds); k++)
    {
      char *path = cg_test_corpus (seeds[k]);
      char *text;
      gsize len;
      if (!g_file_get_contents (path, &text, &len, NULL))
        g_error ("cannot read %s", path);
      guint shortcut = 0;
      GArray *all = cg_tokenize (text, (CgSpan) { 0, (gint64) len });
      g_assert_cmpuint (all->len, >, 300);
      assert_same_tokens (text, (CgSpan) { 0, (gint64) len }, &shortcut);
      g_assert_cmpuint (shortcut, >, all->len * 6 / 10);
      g_array_unref (all);
      g_free (text);
      g_free (path);
    }
}

/* The assertions of TEXT, with the default rules. */
static GPtrArray *
extract_text (const char *text)
{
  static CgSegmenter *seg;
  static CgExtractor *x;
  GError *error = NULL;
  if (seg == NULL)
    {
      seg = cg_segmenter_new (cg_test_rules (), &error);
      g_assert_no_error (error);
      x = cg_extractor_new (cg_test_rules (), &error);
      g_assert_no_error (error);
    }
  CgArticle *art = cg_article_new ();
  art->id = g_strdup ("blanks");
  art->raw = g_strdup (text);
  art->text = g_strdup (text);
  art->len = strlen (text);
  CgSegments *s = cg_segmenter_run (seg, art->text, art->len);
  GPtrArray *out = cg_extractor_run (x, art, s);
  cg_segments_free (s);
  cg_article_free (art);
  return out;
}

static const CgAssertion *
find_kind (GPtrArray *out, CgAssertionKind kind)
{
  for (guint i = 0; i < out->len; i++)
    {
      const CgAssertion *a = g_ptr_array_index (out, i);
      if (a->kind == kind)
        return a;
    }
  g_error ("no assertion of kind %d", kind);
  return NULL;
}

/* Every assertion's texts, one line each. */
static char *
texts_of (GPtrArray *out)
{
  GString *g = g_string_new (NULL);
  for (guint i = 0; i < out->len; i++)
    {
      const CgAssertion *a = g_ptr_array_index (out, i);
      g_string_append_printf (g, "%d|%s|%s|%s\n", a->kind, a->text, a->source_text ? a->source_text : "",
                              a->cue_text ? a->cue_text : "");
    }
  return g_string_free (g, FALSE);
}

/* One more blank at every blank of a sentence in turn (a space, a tab or
 * two), so a pair of blanks falls at every place of an eight-byte
 * step and in the tail: the texts are those of the single-spaced
 * sentence, whose blanks are copied whole. */
static void
test_fold_blanks (void)
{
  const char *sentence = "The senator from Ohio said on Monday that the new treaty was dead and buried for good.";
  char *plain = g_strdup_printf ("%s\n", sentence);
  GPtrArray *out = extract_text (plain);
  const CgAssertion *a = find_kind (out, CG_KIND_INDIRECT);
  g_assert_cmpstr (a->text, ==, "the new treaty was dead and buried for good");
  g_assert_cmpstr (a->cue_text, ==, "said");
  char *want = texts_of (out);
  g_ptr_array_unref (out);
  const char *blanks[] = { " ", "\t", "  ", " \t" };
  guint tried = 0;
  for (gsize k = 0; sentence[k]; k++)
    {
      if (sentence[k] != ' ')
        continue;
      for (guint b = 0; b < G_N_ELEMENTS (blanks); b++)
        {
          char *text = g_strdup_printf ("%.*s%s%s\n", (int) k, sentence, blanks[b], sentence + k);
          out = extract_text (text);
          char *got = texts_of (out);
          g_assert_cmpstr (got, ==, want);
          g_free (got);
          g_ptr_array_unref (out);
          g_free (text);
          tried++;
        }
    }
  g_assert_cmpuint (tried, ==, 16 * 4);
  g_free (want);
  g_free (plain);
  /* an author's claim: single-spaced text is copied whole, a tab inside it
   * and blanks around it are folded */
  const char *claims[] = {
    "Prices of Ohio farmland rose by 12 percent in 2019, the highest rise in a decade.\n",
    "  Prices of Ohio farmland rose by 12 percent in 2019, the highest rise in a decade.  \n",
    "Prices of Ohio farmland rose by 12 percent in 2019,\tthe highest rise in a decade.\n",
  };
  for (guint k = 0; k < G_N_ELEMENTS (claims); k++)
    {
      out = extract_text (claims[k]);
      a = find_kind (out, CG_KIND_AUTHOR);
      g_assert_cmpstr (a->text, ==, "Prices of Ohio farmland rose by 12 percent in 2019, the highest rise in a decade.");
      g_ptr_array_unref (out);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extspeed/tokenizer/ascii", test_tokenizer_ascii);
  g_test_add_func ("/extspeed/tokenizer/seeds", test_tokenizer_seeds);
  g_test_add_func ("/extspeed/fold/blanks", test_fold_blanks);
  return g_test_run ();
}
