/* test-link.c: links between assertions: same_as, supports, contradicts
 * (negation, antonym, numeric, refutation), quotes, and the guards against
 * false positives (same article, different events, different dates, part
 * and whole).  Built on hand-made assertions holding sentences from the
 * seed articles, and on the seed corpus through the pipeline. */
#include "cg-test.h"

#include <string.h>

typedef struct {
  GPtrArray *assertions;
  GPtrArray *articles;
} Fixture;

static void
fixture_init (Fixture *f)
{
  f->assertions = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_assertion_free);
  f->articles = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_article_free);
}

static void
fixture_clear (Fixture *f)
{
  g_ptr_array_unref (f->assertions);
  g_ptr_array_unref (f->articles);
}

static void
article (Fixture *f, const char *id, const char *date)
{
  CgArticle *a = cg_article_new ();
  a->id = g_strdup (id);
  a->date = g_strdup (date);
  g_ptr_array_add (f->articles, a);
}

static CgAssertion *
assertion (Fixture *f, const char *article_id, const char *speaker, CgAssertionKind kind, const char *text)
{
  CgAssertion *a = cg_assertion_new ();
  a->id = g_strdup_printf ("a%u", f->assertions->len + 1);
  a->article_id = g_strdup (article_id);
  a->speaker_id = g_strdup (speaker);
  a->kind = kind;
  a->text = g_strdup (text);
  a->polarity = CG_POLARITY_POSITIVE;
  a->stance = CG_STANCE_NEUTRAL;
  g_ptr_array_add (f->assertions, a);
  return a;
}

static GPtrArray *
link_all (Fixture *f)
{
  GError *error = NULL;
  CgLinker *l = cg_linker_new (cg_test_rules (), &error);
  g_assert_no_error (error);
  GPtrArray *links = cg_linker_add (l, f->assertions, f->articles);
  cg_linker_free (l);
  return links;
}

/* The link between FROM and TO in either direction, or NULL. */
static CgLink *
find (GPtrArray *links, const char *from, const char *to)
{
  for (guint i = 0; i < links->len; i++)
    {
      CgLink *k = g_ptr_array_index (links, i);
      if ((strcmp (k->from, from) == 0 && strcmp (k->to, to) == 0)
          || (strcmp (k->from, to) == 0 && strcmp (k->to, from) == 0))
        return k;
    }
  return NULL;
}

static void
assert_evidence (CgLink *k, const char *want)
{
  if (strstr (k->evidence, want) == NULL)
    g_error ("evidence \"%s\" does not hold \"%s\"", k->evidence, want);
}

/* ---- same_as ---------------------------------------------------------------- */

static void
test_same_as_seed_quote (void)
{
  Fixture f;
  fixture_init (&f);
  article (&f, "d1", "2025-03-20");
  article (&f, "d2", "2025-04-28");
  /* 000 and 002 print Trump's words with different marks and ends */
  assertion (&f, "d1", "s1", CG_KIND_DIRECT, "Let me tell you, Putin went through a hell of a lot with me.");
  assertion (&f, "d1", "s2", CG_KIND_DIRECT, "Canada is Ukraine\xe2\x80\x99s steadfast ally.");
  assertion (&f, "d2", "s1", CG_KIND_DIRECT, "Let me tell you, Putin went through a hell of a lot with me,");
  assertion (&f, "d2", "s3", CG_KIND_AUTHOR, "Trump\xe2\x80\x99s long-standing infatuation with Putin is about to meet its ultimate test");
  GPtrArray *links = link_all (&f);
  g_assert_cmpuint (links->len, ==, 1);
  CgLink *k = find (links, "a1", "a3");
  g_assert_nonnull (k);
  g_assert_cmpint (k->relation, ==, CG_RELATION_SAME_AS);
  g_assert_cmpstr (k->rule, ==, "same_as.shingles");
  g_assert_cmpfloat (k->score, ==, 1.0);
  assert_evidence (k, "jaccard=1.00");
  assert_evidence (k, "same speaker s1");
  g_ptr_array_unref (links);
  fixture_clear (&f);
}

static void
test_same_as_variants (void)
{
  Fixture f;
  fixture_init (&f);
  assertion (&f, "d1", "s1", CG_KIND_DIRECT, "You should never have started it.");
  assertion (&f, "d2", "s1", CG_KIND_DIRECT, "you never should have started it");
  assertion (&f, "d1", "s1", CG_KIND_DIRECT, "He went through a phony witch hunt where they used him and Russia");
  assertion (&f, "d2", "s1", CG_KIND_DIRECT, "He went through a phoney witch-hunt where they used him and Russia\xe2\x80\xa6");
  GPtrArray *links = link_all (&f);
  CgLink *k = find (links, "a1", "a2");
  g_assert_nonnull (k);
  g_assert_cmpint (k->relation, ==, CG_RELATION_SAME_AS);
  k = find (links, "a3", "a4");
  g_assert_nonnull (k);
  g_assert_cmpint (k->relation, ==, CG_RELATION_SAME_AS);
  g_assert_null (find (links, "a1", "a4"));
  g_ptr_array_unref (links);
  fixture_clear (&f);
}

static void
test_same_article_is_not_corroboration (void)
{
  Fixture f;
  fixture_init (&f);
  /* 000 prints the Mueller conclusion twice */
  assertion (&f, "d1", "s5", CG_KIND_MIXED, "The Russian government interfered in the 2016 presidential election in sweeping and systematic fashion.");
  assertion (&f, "d1", "s5", CG_KIND_DIRECT, "the Russian government interfered in the 2016 presidential election in sweeping and systematic fashion.");
  /* and a negation by the same speaker in the same article is no conflict either */
  assertion (&f, "d1", "s5", CG_KIND_DIRECT, "the Russian government did not interfere in the 2016 presidential election in sweeping fashion");
  GPtrArray *links = link_all (&f);
  g_assert_cmpuint (links->len, ==, 0);
  g_ptr_array_unref (links);
  fixture_clear (&f);
}

/* ---- supports --------------------------------------------------------------- */

static void
test_supports_paraphrase (void)
{
  Fixture f;
  fixture_init (&f);
  assertion (&f, "d1", "s5", CG_KIND_DIRECT, "The Russian government interfered in the 2016 presidential election in sweeping and systematic fashion.");
  assertion (&f, "d2", "s7", CG_KIND_AUTHOR, "Russia meddled in the 2016 presidential election.");
  GPtrArray *links = link_all (&f);
  g_assert_cmpuint (links->len, ==, 1);
  CgLink *k = g_ptr_array_index (links, 0);
  g_assert_cmpint (k->relation, ==, CG_RELATION_SUPPORTS);
  g_assert_cmpstr (k->from, ==, "a2");
  g_assert_cmpstr (k->to, ==, "a1");
  g_assert_cmpstr (k->rule, ==, "supports.concepts");
  assert_evidence (k, "shared=5");
  g_ptr_array_unref (links);
  fixture_clear (&f);
}

/* ---- contradicts ------------------------------------------------------------ */

static void
test_contradicts_negation (void)
{
  Fixture f;
  fixture_init (&f);
  assertion (&f, "d1", "s5", CG_KIND_DIRECT, "The Russian government interfered in the 2016 presidential election in sweeping and systematic fashion.");
  assertion (&f, "d2", "s9", CG_KIND_INDIRECT, "the Russian government did not interfere in the 2016 presidential election");
  GPtrArray *links = link_all (&f);
  g_assert_cmpuint (links->len, ==, 1);
  CgLink *k = g_ptr_array_index (links, 0);
  g_assert_cmpint (k->relation, ==, CG_RELATION_CONTRADICTS);
  g_assert_cmpstr (k->rule, ==, "contradicts.negation");
  assert_evidence (k, "negated in a2 only: interfer");
  g_ptr_array_unref (links);
  fixture_clear (&f);

  /* a denial in the cue ("X denied that ...") denies the whole text */
  fixture_init (&f);
  assertion (&f, "d1", "s5", CG_KIND_DIRECT, "The Russian government interfered in the 2016 presidential election.");
  CgAssertion *a = assertion (&f, "d2", "s9", CG_KIND_INDIRECT, "the Russian government interfered in the 2016 presidential election");
  a->cue_text = g_strdup ("denied");
  a = assertion (&f, "d3", "s10", CG_KIND_INDIRECT, "the Russian government interfered in the 2016 presidential election");
  a->cue_text = g_strdup ("did not say");
  /* a cue leaving the question open denies nothing (000: "It is not
   * known if the peace plan was passed on to the Trump campaign") */
  a = assertion (&f, "d6", "s13", CG_KIND_INDIRECT, "the Russian government interfered in the 2016 presidential election");
  a->cue_text = g_strdup ("is not known");
  a->polarity = CG_POLARITY_NEGATIVE;
  /* the extractor's polarity, when the negation is in the frame */
  a = assertion (&f, "d4", "s11", CG_KIND_INDIRECT, "the Russian government interfered in the 2016 presidential election");
  a->polarity = CG_POLARITY_NEGATIVE;
  /* but not when the text holds what the extractor took for a negation */
  a = assertion (&f, "d5", "s12", CG_KIND_INDIRECT, "There is no doubt the Russian government interfered in the 2016 presidential election");
  a->polarity = CG_POLARITY_NEGATIVE;
  links = link_all (&f);
  g_assert_cmpuint (links->len, ==, 15);
  g_assert_cmpint (find (links, "a1", "a4")->relation, ==, CG_RELATION_SAME_AS);
  g_assert_cmpstr (find (links, "a1", "a5")->rule, ==, "contradicts.negation");
  g_assert_cmpint (find (links, "a1", "a6")->relation, !=, CG_RELATION_CONTRADICTS);
  g_assert_cmpint (find (links, "a5", "a6")->relation, ==, CG_RELATION_CONTRADICTS);
  g_assert_cmpstr (find (links, "a1", "a2")->rule, ==, "contradicts.refutation");
  g_assert_cmpstr (find (links, "a1", "a3")->rule, ==, "contradicts.negation");
  g_assert_cmpint (find (links, "a2", "a3")->relation, ==, CG_RELATION_SAME_AS);
  g_ptr_array_unref (links);
  fixture_clear (&f);
}

static void
test_contradicts_numeric_seed (void)
{
  Fixture f;
  fixture_init (&f);
  /* 000, one article, two speakers: Trump (disputed by the carrier) and
   * the Kiel Institute */
  CgAssertion *t = assertion (&f, "d1", "s2", CG_KIND_INDIRECT,
    "the U.S. contributed $350 billion in aid to Ukraine, ostensibly to justify his demand that Ukraine "
    "repay American support back with $500 billion worth of rare earth minerals and other natural resources in Ukraine.");
  t->stance = CG_STANCE_DISPUTES;
  t->cue_text = g_strdup ("has falsely claimed");
  assertion (&f, "d1", "s40", CG_KIND_INDIRECT,
    "Europe contributed $138 billion in aid to Ukraine, compared to $119 billion from the U.S.");
  GPtrArray *links = link_all (&f);
  g_assert_cmpuint (links->len, ==, 1);
  CgLink *k = g_ptr_array_index (links, 0);
  g_assert_cmpint (k->relation, ==, CG_RELATION_CONTRADICTS);
  g_assert_cmpstr (k->rule, ==, "contradicts.numeric");
  assert_evidence (k, "3.5e+11 usd vs 1.19e+11 usd");
  g_ptr_array_unref (links);
  fixture_clear (&f);

  /* the same figure written otherwise is no conflict, but support */
  fixture_init (&f);
  assertion (&f, "d1", "s2", CG_KIND_INDIRECT, "the U.S. contributed $350 billion in aid to Ukraine");
  assertion (&f, "d2", "s3", CG_KIND_INDIRECT, "The US contributed 350bn dollars in aid to Ukraine");
  links = link_all (&f);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (((CgLink *) g_ptr_array_index (links, 0))->relation, !=, CG_RELATION_CONTRADICTS);
  g_ptr_array_unref (links);
  fixture_clear (&f);
}

static void
test_contradicts_antonym (void)
{
  Fixture f;
  fixture_init (&f);
  assertion (&f, "d1", "s1", CG_KIND_DIRECT, "The annexation of Crimea by Russia was legal under international law.");
  assertion (&f, "d2", "s2", CG_KIND_DIRECT, "The annexation of Crimea by Russia was illegal under international law.");
  GPtrArray *links = link_all (&f);
  g_assert_cmpuint (links->len, ==, 1);
  CgLink *k = g_ptr_array_index (links, 0);
  g_assert_cmpint (k->relation, ==, CG_RELATION_CONTRADICTS);
  g_assert_cmpstr (k->rule, ==, "contradicts.antonym");
  assert_evidence (k, "antonyms legal / illeg");
  g_ptr_array_unref (links);
  fixture_clear (&f);
}

static void
test_contradicts_refutation (void)
{
  Fixture f;
  fixture_init (&f);
  /* 001 lists "Ukraine started the war" as Russian propaganda; another
   * carrier prints the claim without comment */
  CgAssertion *a = assertion (&f, "d1", "s3", CG_KIND_INDIRECT, "Ukraine started the war with Russia in 2022");
  a->stance = CG_STANCE_DISPUTES;
  assertion (&f, "d2", "s4", CG_KIND_INDIRECT, "Ukraine started the war with Russia in 2022");
  /* a refutation cue in the text itself */
  assertion (&f, "d3", "s9", CG_KIND_AUTHOR, "There's no evidence that Ukraine started the war with Russia in 2022");
  GPtrArray *links = link_all (&f);
  CgLink *k = find (links, "a1", "a2");
  g_assert_nonnull (k);
  g_assert_cmpint (k->relation, ==, CG_RELATION_CONTRADICTS);
  g_assert_cmpstr (k->rule, ==, "contradicts.refutation");
  assert_evidence (k, "a1 denied (disputed by its carrier): ");
  k = find (links, "a2", "a3");
  g_assert_nonnull (k);
  g_assert_cmpint (k->relation, ==, CG_RELATION_CONTRADICTS);
  /* "no evidence" is a negation and a refutation: either rule will do */
  g_assert_true (g_str_has_prefix (k->rule, "contradicts."));
  g_ptr_array_unref (links);
  fixture_clear (&f);
}

/* ---- false positives ---------------------------------------------------- */

static void
test_guard_different_events (void)
{
  Fixture f;
  fixture_init (&f);
  assertion (&f, "d1", "s1", CG_KIND_AUTHOR, "Russian troops crossed the border into Ukraine on Thursday morning");
  assertion (&f, "d2", "s2", CG_KIND_AUTHOR, "Russian troops did not cross the border into Georgia on Thursday morning");
  GPtrArray *links = link_all (&f);
  g_assert_cmpuint (links->len, ==, 0);
  g_ptr_array_unref (links);
  fixture_clear (&f);
}

static void
test_guard_different_dates (void)
{
  Fixture f;
  fixture_init (&f);
  /* 004 (2017): sanctions tightened; a 2025 article: they are not */
  article (&f, "d1", "2017-07-27");
  article (&f, "d2", "2025-03-20");
  assertion (&f, "d1", "s1", CG_KIND_AUTHOR, "Congress is tightening the sanctions on Russia over the election interference");
  assertion (&f, "d2", "s2", CG_KIND_AUTHOR, "Congress is not tightening the sanctions on Russia over the election interference");
  /* explicit years in the texts, undated articles */
  assertion (&f, "d3", "s3", CG_KIND_AUTHOR, "In 2017 the United States gave $1 billion in military aid to Ukraine");
  assertion (&f, "d4", "s4", CG_KIND_AUTHOR, "In 2024 the United States gave $60 billion in military aid to Ukraine");
  GPtrArray *links = link_all (&f);
  for (guint i = 0; i < links->len; i++)
    g_assert_cmpint (((CgLink *) g_ptr_array_index (links, i))->relation, !=, CG_RELATION_CONTRADICTS);
  g_assert_null (find (links, "a1", "a2"));
  g_ptr_array_unref (links);
  fixture_clear (&f);
}

static void
test_guard_part_whole (void)
{
  Fixture f;
  fixture_init (&f);
  assertion (&f, "d1", "s1", CG_KIND_AUTHOR, "The U.S. contributed $119 billion in aid to Ukraine");
  assertion (&f, "d2", "s2", CG_KIND_AUTHOR, "The U.S. contributed more than $60 billion in aid to Ukraine");
  assertion (&f, "d3", "s3", CG_KIND_AUTHOR, "The U.S. contributed $119 billion in aid to Ukraine, of which $66 billion in aid to Ukraine was military");
  GPtrArray *links = link_all (&f);
  for (guint i = 0; i < links->len; i++)
    g_assert_cmpint (((CgLink *) g_ptr_array_index (links, i))->relation, !=, CG_RELATION_CONTRADICTS);
  g_ptr_array_unref (links);
  fixture_clear (&f);
}

static void
test_within_article_contradiction (void)
{
  Fixture f;
  fixture_init (&f);
  /* one article, two known speakers: Mueller's finding and Putin's denial */
  assertion (&f, "d1", "s5", CG_KIND_DIRECT, "the Russian government interfered in the 2016 presidential election");
  assertion (&f, "d1", "s8", CG_KIND_INDIRECT, "the Russian government never interfered in the 2016 presidential election");
  /* an unknown speaker differs from a known one, not from another unknown */
  assertion (&f, "d1", NULL, CG_KIND_INDIRECT, "the Russian government did not interfere in the 2016 presidential election");
  assertion (&f, "d1", NULL, CG_KIND_AUTHOR, "The Russian government interfered in the 2016 presidential election.");
  /* two extractions of one span are one statement */
  CgAssertion *a = assertion (&f, "d1", "s9", CG_KIND_MIXED, "the Russian government did not interfere in the 2016 presidential election");
  a->span = (CgSpan) { 100, 180 };
  a = assertion (&f, "d1", "s10", CG_KIND_DIRECT, "The Russian government interfered in the 2016 presidential election");
  a->span = (CgSpan) { 120, 178 };
  GPtrArray *links = link_all (&f);
  CgLink *k = find (links, "a1", "a2");
  g_assert_nonnull (k);
  g_assert_cmpint (k->relation, ==, CG_RELATION_CONTRADICTS);
  g_assert_nonnull (find (links, "a1", "a3"));
  g_assert_nonnull (find (links, "a2", "a4"));
  g_assert_null (find (links, "a3", "a4"));
  g_assert_null (find (links, "a5", "a6"));
  g_assert_nonnull (find (links, "a1", "a5"));
  for (guint i = 0; i < links->len; i++)
    g_assert_cmpint (((CgLink *) g_ptr_array_index (links, i))->relation, ==, CG_RELATION_CONTRADICTS);
  g_ptr_array_unref (links);
  fixture_clear (&f);
}

/* ---- quotes ------------------------------------------------------------------ */

static void
test_quotes_document (void)
{
  Fixture f;
  fixture_init (&f);
  article (&f, "d1", "2025-03-20");
  article (&f, "d2", "2019-04-18");
  article (&f, "d3", "2025-05-01");
  const char *words = "the investigation established multiple links between Trump campaign officials and individuals tied to the Russian government";
  CgAssertion *a = assertion (&f, "d1", "s6", CG_KIND_DIRECT, words);
  a->source_text = g_strdup ("The Mueller report");
  a = assertion (&f, "d2", "s6", CG_KIND_DIRECT, words);
  a->source_text = g_strdup ("the special counsel's report");
  a = assertion (&f, "d3", "s6", CG_KIND_DIRECT, words);
  a->source_text = g_strdup ("Mueller's report");
  GPtrArray *links = link_all (&f);
  /* both later carriers quote the 2019 printing, the earliest */
  g_assert_cmpuint (links->len, ==, 2);
  for (guint i = 0; i < links->len; i++)
    {
      CgLink *k = g_ptr_array_index (links, i);
      g_assert_cmpint (k->relation, ==, CG_RELATION_QUOTES);
      g_assert_cmpstr (k->to, ==, "a2");
      g_assert_cmpstr (k->rule, ==, "quotes.same_origin");
    }
  g_ptr_array_unref (links);
  fixture_clear (&f);
}

/* ---- incremental ------------------------------------------------------------- */

static void
test_index_then_add (void)
{
  Fixture f;
  fixture_init (&f);
  assertion (&f, "d1", "s1", CG_KIND_DIRECT, "Let me tell you, Putin went through a hell of a lot with me.");
  assertion (&f, "d2", "s1", CG_KIND_DIRECT, "Let me tell you, Putin went through a hell of a lot with me");
  assertion (&f, "d3", "s1", CG_KIND_DIRECT, "\xe2\x80\x9cLet me tell you, Putin went through a hell of a lot with me,\xe2\x80\x9d");
  GError *error = NULL;
  CgLinker *l = cg_linker_new (cg_test_rules (), &error);
  g_assert_no_error (error);
  GPtrArray *old = g_ptr_array_new ();
  g_ptr_array_add (old, g_ptr_array_index (f.assertions, 0));
  g_ptr_array_add (old, g_ptr_array_index (f.assertions, 1));
  cg_linker_index (l, old, NULL);
  GPtrArray *neu = g_ptr_array_new ();
  g_ptr_array_add (neu, g_ptr_array_index (f.assertions, 2));
  GPtrArray *links = cg_linker_add (l, neu, NULL);
  /* the new one links to both known ones; they are not relinked */
  g_assert_cmpuint (links->len, ==, 2);
  g_assert_nonnull (find (links, "a1", "a3"));
  g_assert_nonnull (find (links, "a2", "a3"));
  g_ptr_array_unref (links);
  g_ptr_array_unref (old);
  g_ptr_array_unref (neu);
  cg_linker_free (l);
  fixture_clear (&f);
}

static void
test_missing_rules (void)
{
  const char *text = "say\n";
  GError *error = NULL;
  CgRules *rules = cg_rules_parse ("cue-verbs", "cue-verbs.rules", text, strlen (text), &error);
  g_assert_no_error (error);
  CgLinker *l = cg_linker_new (rules, &error);
  g_assert_null (l);
  g_assert_error (error, CG_ERROR, CG_ERROR_RULES);
  g_error_free (error);
  cg_rules_free (rules);
}

/* ---- the seed corpus through the pipeline --------------------------------- */

static void
test_seed_corpus (void)
{
  char *dir = cg_test_source ("examples/corpus");
  char *paths[] = { dir, NULL };
  GError *error = NULL;
  CgPipeline *p = cg_pipeline_new (cg_test_rules (), &error);
  g_assert_no_error (error);
  CgCorpus *c = cg_pipeline_analyze (p, paths, 1, FALSE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  /* Trump's "Putin went through a hell of a lot with me" is printed by
   * 000 and 002: some same_as link joins the two printings */
  gboolean found = FALSE;
  for (guint i = 0; i < c->links->len && !found; i++)
    {
      CgLink *k = g_ptr_array_index (c->links, i);
      CgAssertion *x = cg_corpus_assertion (c, k->from), *y = cg_corpus_assertion (c, k->to);
      g_assert_nonnull (x);
      g_assert_nonnull (y);
      g_assert_true (k->relation == CG_RELATION_CONTRADICTS || strcmp (x->article_id, y->article_id) != 0);
      found = k->relation == CG_RELATION_SAME_AS
              && strstr (x->text, "Putin went through a hell of a lot with me")
              && strstr (y->text, "Putin went through a hell of a lot with me");
    }
  g_assert_true (found);
  cg_corpus_free (c);
  cg_pipeline_free (p);
  g_free (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/link/same-as/seed-quote", test_same_as_seed_quote);
  g_test_add_func ("/link/same-as/variants", test_same_as_variants);
  g_test_add_func ("/link/same-article", test_same_article_is_not_corroboration);
  g_test_add_func ("/link/supports/paraphrase", test_supports_paraphrase);
  g_test_add_func ("/link/contradicts/negation", test_contradicts_negation);
  g_test_add_func ("/link/contradicts/numeric-seed", test_contradicts_numeric_seed);
  g_test_add_func ("/link/contradicts/antonym", test_contradicts_antonym);
  g_test_add_func ("/link/contradicts/refutation", test_contradicts_refutation);
  g_test_add_func ("/link/guard/different-events", test_guard_different_events);
  g_test_add_func ("/link/guard/different-dates", test_guard_different_dates);
  g_test_add_func ("/link/guard/part-whole", test_guard_part_whole);
  g_test_add_func ("/link/contradicts/within-article", test_within_article_contradiction);
  g_test_add_func ("/link/quotes/document", test_quotes_document);
  g_test_add_func ("/link/incremental", test_index_then_add);
  g_test_add_func ("/link/missing-rules", test_missing_rules);
  g_test_add_func ("/link/seed-corpus", test_seed_corpus);
  return g_test_run ();
}
