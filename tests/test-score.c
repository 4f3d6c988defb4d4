/* test-score.c: claims (clusters of same_as / supports / quotes) and their
 * verdicts, counting independent speakers, not carriers or copies. */
#include "cg-test.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static CgAssertion *
add_assertion (CgCorpus *c, const char *article, const char *speaker, CgAssertionKind kind, const char *text)
{
  CgAssertion *a = cg_assertion_new ();
  a->id = g_strdup_printf ("a%u", c->assertions->len + 1);
  a->article_id = g_strdup (article);
  a->speaker_id = g_strdup (speaker);
  a->kind = kind;
  a->text = g_strdup (text);
  g_ptr_array_add (c->assertions, a);
  return a;
}

static void
add_link (CgCorpus *c, const char *from, const char *to, CgRelation rel)
{
  CgLink *k = cg_link_new ();
  k->from = g_strdup (from);
  k->to = g_strdup (to);
  k->relation = rel;
  k->rule = g_strdup ("test");
  k->evidence = g_strdup ("");
  g_ptr_array_add (c->links, k);
}

/* The claim holding assertion ID. */
static CgClaim *
claim_of (CgCorpus *c, const char *id)
{
  for (guint i = 0; i < c->claims->len; i++)
    {
      CgClaim *cl = g_ptr_array_index (c->claims, i);
      for (guint k = 0; k < cl->assertions->len; k++)
        if (strcmp (g_ptr_array_index (cl->assertions, k), id) == 0)
          return cl;
    }
  g_error ("no claim holds %s", id);
  return NULL;
}

/* The counter-case of a one-voice test: once C's speaker at INDEX is
 * renamed NAME (another source), a1's claim rescored is corroborated. */
static void
assert_renamed_corroborates (CgCorpus *c, guint index, const char *name)
{
  CgSpeaker *s = g_ptr_array_index (c->speakers, index);
  g_free (s->name);
  s->name = g_strdup (name);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_CORROBORATED);
}

static void
test_corroborated_and_single (void)
{
  CgCorpus *c = cg_corpus_new ();
  /* Mueller's finding (000) and an author's paraphrase (another article) */
  add_assertion (c, "d1", "s5", CG_KIND_DIRECT, "The Russian government interfered in the 2016 presidential election.");
  add_assertion (c, "d1", "s1", CG_KIND_AUTHOR, "The Kremlin has backed the president for years.");
  add_assertion (c, "d2", "s7", CG_KIND_AUTHOR, "Russia meddled in the 2016 presidential election.");
  add_link (c, "a3", "a1", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpuint (c->claims->len, ==, 2);
  CgClaim *c1 = g_ptr_array_index (c->claims, 0);
  g_assert_cmpstr (c1->id, ==, "c1");
  g_assert_cmpuint (c1->assertions->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (c1->assertions, 0), ==, "a1");
  g_assert_cmpstr (g_ptr_array_index (c1->assertions, 1), ==, "a3");
  g_assert_cmpint (c1->verdict, ==, CG_VERDICT_CORROBORATED);
  g_assert_cmpuint (c1->supporters->len, ==, 2);
  CgClaim *c2 = g_ptr_array_index (c->claims, 1);
  g_assert_cmpstr (c2->id, ==, "c2");
  g_assert_cmpint (c2->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  /* scoring twice gives the same claims */
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpuint (c->claims->len, ==, 2);
  g_assert_cmpstr (((CgClaim *) g_ptr_array_index (c->claims, 0))->id, ==, "c1");
  cg_corpus_free (c);
}

static void
test_one_quote_many_carriers (void)
{
  CgCorpus *c = cg_corpus_new ();
  /* 000 and 002 print the same Trump quote: it was said, once, by Trump */
  add_assertion (c, "d1", "s2", CG_KIND_DIRECT, "Let me tell you, Putin went through a hell of a lot with me.");
  add_assertion (c, "d2", "s2", CG_KIND_DIRECT, "Let me tell you, Putin went through a hell of a lot with me,");
  add_assertion (c, "d3", "s2", CG_KIND_INDIRECT, "Putin went through a hell of a lot with him");
  add_link (c, "a1", "a2", CG_RELATION_SAME_AS);
  add_link (c, "a3", "a1", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpuint (c->claims->len, ==, 1);
  CgClaim *cl = g_ptr_array_index (c->claims, 0);
  g_assert_cmpuint (cl->assertions->len, ==, 3);
  g_assert_cmpuint (cl->supporters->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (cl->supporters, 0), ==, "s2");
  g_assert_cmpint (cl->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);
}

static void
test_quote_of_quote_one_origin (void)
{
  CgCorpus *c = cg_corpus_new ();
  /* the Mueller report (s6) printed by 2019 and 2025 articles; an
   * article quoting a speaker (s9) quoting the report counts as the report */
  add_assertion (c, "d1", "s6", CG_KIND_DIRECT, "the investigation established multiple links between Trump campaign officials and individuals tied to the Russian government");
  add_assertion (c, "d2", "s6", CG_KIND_DIRECT, "the investigation established multiple links between Trump campaign officials and individuals tied to the Russian government");
  add_assertion (c, "d3", "s9", CG_KIND_MIXED, "the investigation established multiple links between Trump campaign officials and individuals tied to the Russian government");
  add_link (c, "a2", "a1", CG_RELATION_QUOTES);
  add_link (c, "a3", "a2", CG_RELATION_QUOTES);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpuint (c->claims->len, ==, 1);
  CgClaim *cl = g_ptr_array_index (c->claims, 0);
  g_assert_cmpuint (cl->supporters->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (cl->supporters, 0), ==, "s6");
  g_assert_cmpint (cl->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);
}

static void
test_contested_and_contradicted (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_assertion (c, "d1", "s5", CG_KIND_DIRECT, "The Russian government interfered in the 2016 presidential election.");
  add_assertion (c, "d2", "s7", CG_KIND_AUTHOR, "Russia meddled in the 2016 presidential election.");
  add_assertion (c, "d3", "s8", CG_KIND_INDIRECT, "Russia did not interfere in the 2016 presidential election.");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  add_link (c, "a1", "a3", CG_RELATION_CONTRADICTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpuint (c->claims->len, ==, 2);
  CgClaim *c1 = claim_of (c, "a1");
  g_assert_cmpint (c1->verdict, ==, CG_VERDICT_CONTESTED);
  g_assert_cmpuint (c1->contradictors->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (c1->contradictors, 0), ==, "s8");
  CgClaim *c2 = claim_of (c, "a3");
  g_assert_cmpstr (c2->id, ==, "c2");
  g_assert_cmpint (c2->verdict, ==, CG_VERDICT_CONTRADICTED);
  g_assert_cmpuint (c2->contradictors->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (c2->contradictors, 0), ==, "s5");
  cg_corpus_free (c);
}

/* A figure that changed between two articles years apart (a `changes`
 * link) makes neither claim contested nor contradicted, and joins no
 * claims: the newer figure is another claim. */
static void
test_change_over_time (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_assertion (c, "d1", "s5", CG_KIND_INDIRECT, "the U.S. has spent $714 billion on the war in Afghanistan since 2001");
  add_assertion (c, "d2", "s7", CG_KIND_INDIRECT, "the U.S. has spent $714 billion on the war in Afghanistan");
  add_assertion (c, "d3", "s8", CG_KIND_INDIRECT, "the U.S. has spent $2.26 trillion on the war in Afghanistan, which began in 2001");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  add_link (c, "a1", "a3", CG_RELATION_CHANGES);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpuint (c->claims->len, ==, 2);
  CgClaim *old = claim_of (c, "a1"), *young = claim_of (c, "a3");
  g_assert_true (old != young);
  g_assert_cmpint (old->verdict, ==, CG_VERDICT_CORROBORATED);
  g_assert_cmpuint (old->contradictors->len, ==, 0);
  g_assert_cmpint (young->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpuint (young->contradictors->len, ==, 0);
  cg_corpus_free (c);
}

static void
test_disputed_by_carrier (void)
{
  CgCorpus *c = cg_corpus_new ();
  /* 000: "Trump has falsely claimed that the U.S. contributed $350 billion"
   * against the Kiel Institute's $119 billion, in the article of s1 */
  add_assertion (c, "d1", "s1", CG_KIND_AUTHOR, "The real numbers?");
  CgAssertion *t = add_assertion (c, "d1", "s2", CG_KIND_INDIRECT, "the U.S. contributed $350 billion in aid to Ukraine");
  t->stance = CG_STANCE_DISPUTES;
  add_assertion (c, "d1", "s40", CG_KIND_INDIRECT, "Europe contributed $138 billion in aid to Ukraine, compared to $119 billion from the U.S.");
  add_link (c, "a2", "a3", CG_RELATION_CONTRADICTS);
  cg_score_claims (c, cg_test_rules ());
  CgClaim *trump = claim_of (c, "a2");
  g_assert_cmpint (trump->verdict, ==, CG_VERDICT_CONTRADICTED);
  g_assert_cmpuint (trump->contradictors->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (trump->contradictors, 0), ==, "s40");
  g_assert_cmpstr (g_ptr_array_index (trump->contradictors, 1), ==, "s1");
  /* a claim its own carrier rejects does not count against the other */
  CgClaim *kiel = claim_of (c, "a3");
  g_assert_cmpint (kiel->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpuint (kiel->contradictors->len, ==, 0);
  cg_corpus_free (c);
}

static void
test_wire_copy_counts_once (void)
{
  CgCorpus *c = cg_corpus_new ();
  /* d2 reprints d1 (wire copy) under another byline: author claims of the
   * two articles count as one carrier; d3 is an independent outlet */
  const char *texts[] = {
    "The Kremlin has backed the president for years.",
    "The United States has abandoned an ally and supported the Russian dictator who invaded Ukraine.",
    "Canada and other nations now know that America cannot be trusted to keep its word.",
  };
  for (guint i = 0; i < 3; i++)
    add_assertion (c, "d1", "s1", CG_KIND_AUTHOR, texts[i]);
  for (guint i = 0; i < 3; i++)
    add_assertion (c, "d2", "s3", CG_KIND_AUTHOR, texts[i]);
  for (guint i = 0; i < 3; i++)
    add_link (c, ((CgAssertion *) g_ptr_array_index (c->assertions, i))->id,
              ((CgAssertion *) g_ptr_array_index (c->assertions, i + 3))->id, CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpuint (c->claims->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      CgClaim *cl = g_ptr_array_index (c->claims, i);
      g_assert_cmpuint (cl->assertions->len, ==, 2);
      g_assert_cmpuint (cl->supporters->len, ==, 1);
      g_assert_cmpstr (g_ptr_array_index (cl->supporters, 0), ==, "s1");
      g_assert_cmpint (cl->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
    }

  /* one shared statement out of three, in each article's words (the same
   * whole sentence of copy_min_whole_words would be a copy), the
   * sentences around it the articles' own, is not a copy: two carriers */
  g_ptr_array_set_size (c->links, 1);
  CgAssertion *a4 = g_ptr_array_index (c->assertions, 3);
  g_free (a4->text);
  a4->text = g_strdup ("For years the Kremlin has backed the president.");
  for (guint i = 4; i < 6; i++)
    {
      CgAssertion *a = g_ptr_array_index (c->assertions, i);
      g_free (a->text);
      a->text = g_strdup_printf ("The second article says something else, part %u.", i);
    }
  cg_score_claims (c, cg_test_rules ());
  CgClaim *cl = claim_of (c, "a1");
  g_assert_cmpuint (cl->supporters->len, ==, 2);
  g_assert_cmpint (cl->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* An article of C with ID, OUTLET, AUTHOR and DATE (each may be NULL). */
static void
add_article (CgCorpus *c, const char *id, const char *outlet, const char *author, const char *date)
{
  CgArticle *d = cg_article_new ();
  d->id = g_strdup (id);
  d->outlet = g_strdup (outlet);
  d->author = g_strdup (author);
  d->date = g_strdup (date);
  g_ptr_array_add (c->articles, d);
}

/* Two Reuters articles print one Reuters paragraph under different
 * bylines (whole-corpus AllSides, given its metadata table): one carrier.
 * The same sentence from another outlet is a second, independent one. */
static void
test_one_outlet_one_carrier (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "Reuters", NULL, NULL);
  add_article (c, "d2", "Reuters", NULL, NULL);
  add_article (c, "d3", "BBC News", NULL, NULL);
  const char *text = "The Senate acquitted President Bill Clinton of perjury and obstruction of justice in 1999.";
  add_assertion (c, "d1", "s1", CG_KIND_AUTHOR, text);
  add_assertion (c, "d2", "s2", CG_KIND_AUTHOR, text);
  add_link (c, "a1", "a2", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  CgClaim *cl = claim_of (c, "a1");
  g_assert_cmpuint (cl->assertions->len, ==, 2);
  g_assert_cmpuint (cl->supporters->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (cl->supporters, 0), ==, "s1");
  g_assert_cmpint (cl->verdict, ==, CG_VERDICT_SINGLE_SOURCE);

  /* in the BBC's own words: the same words would be a copy */
  add_assertion (c, "d3", "s3", CG_KIND_AUTHOR, "In 1999 the Senate acquitted President Bill Clinton of perjury and obstruction of justice.");
  add_link (c, "a2", "a3", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  cl = claim_of (c, "a1");
  g_assert_cmpuint (cl->supporters->len, ==, 2);
  g_assert_cmpint (cl->verdict, ==, CG_VERDICT_CORROBORATED);

  /* a quotation keeps its own speaker: one outlet quoting two people (in
   * their own words: the same quoted words would be one utterance) */
  add_assertion (c, "d1", "s7", CG_KIND_DIRECT, "We did not lose a single vote.");
  add_assertion (c, "d2", "s8", CG_KIND_DIRECT, "Not one of our senators voted against the bill.");
  add_link (c, "a4", "a5", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpuint (claim_of (c, "a4")->supporters->len, ==, 2);
  cg_corpus_free (c);
}

/* Copies are one voice whatever the outlet: a Reuters paragraph the
 * Guardian reprinted (whole AllSides), a CNN photo caption embedded in two
 * articles (a short text, the same sentence after it), two articles whose
 * author lists share a reporter, a wire sentence one outlet cut. */
static void
test_copies_and_author_lists (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "Reuters", "Katanga Johnson", NULL);
  add_article (c, "d2", "The Guardian", NULL, NULL);
  const char *wire = "House Speaker Nancy Pelosi has not yet transmitted the articles of impeachment to the Senate, "
                     "a bid to pressure Senate Republicans to reach an accord with the Democrats in the chamber on trial rules.";
  add_assertion (c, "d1", "s1", CG_KIND_AUTHOR, wire);
  add_assertion (c, "d2", "s2", CG_KIND_AUTHOR, wire);
  add_link (c, "a1", "a2", CG_RELATION_SAME_AS);

  /* a3-a4 in d3, a5-a6 in d4: a short text (a caption) and the sentence
   * after it: a copy when both are the same */
  add_article (c, "d3", "CNN", "Steve Almasy, Robyn Kriel", NULL);
  add_article (c, "d4", "Newsweek", "Hilary Whiteman", NULL);
  const char *caption = "Clinton was acquitted by the Senate.";
  const char *after = "The vote fell far short of the two-thirds needed to convict him.";
  add_assertion (c, "d3", "s3", CG_KIND_INDIRECT, caption);
  add_assertion (c, "d3", "s13", CG_KIND_AUTHOR, after);
  add_assertion (c, "d4", "s4", CG_KIND_INDIRECT, caption);
  add_assertion (c, "d4", "s14", CG_KIND_AUTHOR, after);
  add_link (c, "a3", "a5", CG_RELATION_SAME_AS);

  /* Politico's reporters, one of them again on a CNN byline */
  add_article (c, "d5", "Politico", "Shane Goldmacher, Darren Samuelsohn, Ben Schreckinger", NULL);
  add_article (c, "d6", "CNN", "Alexandra Jaffe, Shane Goldmacher", NULL);
  add_assertion (c, "d5", "s5", CG_KIND_AUTHOR, "Most mornings, Trump reads through a handful of newspapers in print.");
  add_assertion (c, "d6", "s6", CG_KIND_AUTHOR, "Trump reads a handful of printed newspapers most mornings.");
  add_link (c, "a7", "a8", CG_RELATION_SUPPORTS);

  /* one CNN caption embedded in two articles, one Kennedy quotation
   * given to Scalia by another outlet (BASIL): the same whole text of ten
   * words or more */
  add_article (c, "d9", "CNN", "Steve Almasy, Robyn Kriel, Jethro Mullen", NULL);
  add_article (c, "d10", "CNN", "Hilary Whiteman, Tim Hume", NULL);
  add_assertion (c, "d9", "s11", CG_KIND_INDIRECT, "there are loved ones around the world missing them right now");
  add_assertion (c, "d10", "s12", CG_KIND_INDIRECT, "there are loved ones around the world missing them right now");
  add_link (c, "a9", "a10", CG_RELATION_SAME_AS);
  add_article (c, "d11", "The New York Times", NULL, NULL);
  add_article (c, "d12", "Fox News", NULL, NULL);
  add_assertion (c, "d11", "s15", CG_KIND_DIRECT, "If somebody tells you how to exercise discretion, you don\u2019t have discretion.");
  add_assertion (c, "d12", "s16", CG_KIND_DIRECT, "If somebody tells you how to exercise discretion, you don't have discretion");
  add_link (c, "a11", "a12", CG_RELATION_SAME_AS);

  /* the same wire sentence, cut by one outlet (whole AllSides) */
  add_article (c, "d7", "Fox Online News", NULL, NULL);
  add_article (c, "d8", "CBS News", NULL, NULL);
  add_assertion (c, "d7", "s9", CG_KIND_AUTHOR,
                 "Because of his age, he wasn't certified as an adult for trial and a judge sentenced him in juvenile "
                 "court to 10 years' probation and a stint in a rehabilitation center.");
  add_assertion (c, "d8", "s10", CG_KIND_AUTHOR,
                 "A judge sentenced him in juvenile court to 10 years' probation and a stint in a rehabilitation center.");
  add_link (c, "a13", "a14", CG_RELATION_SUPPORTS);

  cg_score_claims (c, cg_test_rules ());
  for (guint k = 0; k < 6; k++)
    {
      const char *id = (const char *[]) { "a1", "a3", "a7", "a9", "a11", "a13" }[k];
      CgClaim *cl = claim_of (c, id);
      g_assert_cmpuint (cl->assertions->len, ==, 2);
      g_assert_cmpuint (cl->supporters->len, ==, 1);
      g_assert_cmpint (cl->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
    }
  g_assert_cmpstr (g_ptr_array_index (claim_of (c, "a1")->supporters, 0), ==, "s1");

  /* the short text's neighbour differs: two reports of one fact; the
   * lists share no name: two voices each */
  CgAssertion *a6 = g_ptr_array_index (c->assertions, 5);
  g_free (a6->text);
  a6->text = g_strdup ("Two Republicans joined the Democrats in voting against conviction.");
  CgArticle *d6 = g_ptr_array_index (c->articles, 5);
  g_free (d6->author);
  d6->author = g_strdup ("Alexandra Jaffe, Elise Labott");
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpuint (claim_of (c, "a3")->supporters->len, ==, 2);
  g_assert_cmpuint (claim_of (c, "a7")->supporters->len, ==, 2);
  g_assert_cmpint (claim_of (c, "a7")->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* A supporter joined by supports only, years from the claim's other
 * voices, backs another event: Qandil on the 2012 Gaza cease-fire (NYT,
 * AllSides) is no corroboration of Obama on the 2014 one (Washington
 * Times); the same words (same_as) years apart, dates three weeks apart,
 * or an undated article still count. */
static void
test_supporter_out_of_time (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "New York Times - News", NULL, "2012-11-17");
  add_article (c, "d2", "Washington Times", NULL, "2014-08-05");
  add_article (c, "d3", "New York Times - News", NULL, "2012-07-03");
  add_article (c, "d4", "NPR Online News", NULL, "2012-07-27");
  add_article (c, "d5", "Washington Times", NULL, "2015-02-18");
  add_article (c, "d6", "Politico", NULL, "2019-05-30");
  add_article (c, "d7", "Al Jazeera", NULL, NULL);
  add_assertion (c, "d1", "s1", CG_KIND_MIXED,
                 "a cease-fire between Hamas and Israel was \u201cthe only way to achieve stability in the region\u201d");
  add_assertion (c, "d2", "s2", CG_KIND_INDIRECT, "a cease-fire in the conflict between Israel and Hamas");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  add_assertion (c, "d3", "s3", CG_KIND_AUTHOR,
                 "Some Republicans have also tried to play up Mr. Romney\u2019s longstanding personal ties to Mr. Netanyahu "
                 "\u2014 the two men worked together in 1976 at the Boston Consulting Group.");
  add_assertion (c, "d4", "s4", CG_KIND_AUTHOR, "The two men worked together at Boston Consulting Group in the 1970s.");
  add_link (c, "a4", "a3", CG_RELATION_SUPPORTS);
  add_assertion (c, "d5", "s5", CG_KIND_AUTHOR, "The Senate acquitted President Bill Clinton of perjury and obstruction of justice in 1999.");
  add_assertion (c, "d6", "s6", CG_KIND_AUTHOR, "In 1999 the Senate acquitted President Bill Clinton of perjury and obstruction of justice.");
  add_link (c, "a6", "a5", CG_RELATION_SAME_AS);
  add_assertion (c, "d2", "s2", CG_KIND_INDIRECT, "wildfires are deliberately started to clear forest for cattle ranching");
  add_assertion (c, "d7", "s7", CG_KIND_AUTHOR,
                 "Wildfires often occur in the dry season in Brazil but they are also deliberately started in efforts "
                 "to illegally deforest land for cattle ranching.");
  add_link (c, "a8", "a7", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());

  CgClaim *gaza = claim_of (c, "a1");
  g_assert_cmpuint (gaza->assertions->len, ==, 2);
  g_assert_cmpuint (gaza->supporters->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (gaza->supporters, 0), ==, "s1");
  g_assert_cmpint (gaza->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpint (claim_of (c, "a3")->verdict, ==, CG_VERDICT_CORROBORATED);
  /* the undated article is near every date, but its sentence and the
   * reported wildfires agree on no proposition of one subject ("they are
   * also deliberately started"): no direct agreement, no corroboration */
  g_assert_cmpuint (claim_of (c, "a7")->supporters->len, ==, 2);
  g_assert_cmpint (claim_of (c, "a7")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);

  /* a third voice near the first makes two supporters again; the 2014
   * one still does not count */
  add_article (c, "d8", "NPR Online News", NULL, "2012-11-21");
  add_assertion (c, "d8", "s8", CG_KIND_MIXED,
                 "a cease-fire between Israel and Hamas was the way to end the conflict in the Gaza Strip");
  add_link (c, "a9", "a1", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  gaza = claim_of (c, "a1");
  g_assert_cmpuint (gaza->supporters->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (gaza->supporters, 0), ==, "s1");
  g_assert_cmpstr (g_ptr_array_index (gaza->supporters, 1), ==, "s8");
  /* ... which say two things of the cease-fire ("the only way to achieve
   * stability" / "the way to end the conflict"): no direct agreement */
  g_assert_cmpint (gaza->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);
}

/* An author claim that prints a quotation of its claim (a tweet in the
 * writer's sentence) is that quotation's voice: CNN's "Lyin' Ted" line
 * is Trump's tweet (Politico), the Guardian's line on Sessions Booker's
 * statement (CNN); a mixed member counts by its quoted words (Giuliani's
 * "a convicted criminal and a liar", USA Today, printed by the BBC). */
static void
test_author_prints_quote (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_assertion (c, "d1", "s1", CG_KIND_AUTHOR, "Lyin' Ted and Kasich are mathematically dead and totally desperate.");
  add_assertion (c, "d2", "s2", CG_KIND_DIRECT,
                 "Lyin\u2019 Ted and Kasich are mathematically dead and totally desperate. "
                 "Their donors & special interest groups are not happy with them. Sad!");
  add_link (c, "a1", "a2", CG_RELATION_SAME_AS);
  add_assertion (c, "d3", "s3", CG_KIND_DIRECT,
                 "America needs an attorney general who is resolute and determined to bend the arc "
                 "Sen. Sessions' record does not speak to that desire, intention or will.");
  add_assertion (c, "d4", "s4", CG_KIND_AUTHOR, "Senator Sessions\u2019 record does not speak to that desire, intention or will.");
  add_link (c, "a4", "a3", CG_RELATION_SUPPORTS);
  add_assertion (c, "d5", "s5", CG_KIND_AUTHOR, "Michael Cohen is a convicted criminal and a liar.");
  add_assertion (c, "d6", "s6", CG_KIND_MIXED, "Cohen \"a convicted criminal and a liar,\"");
  add_link (c, "a5", "a6", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  CgClaim *cl = claim_of (c, "a1");
  g_assert_cmpuint (cl->supporters->len, ==, 1);
  g_assert_cmpint (cl->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cl = claim_of (c, "a3");
  g_assert_cmpuint (cl->supporters->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (cl->supporters, 0), ==, "s3");
  g_assert_cmpint (cl->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpint (claim_of (c, "a5")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);

  cg_corpus_free (c);
}


/* A voice with fewer than supporter_min_words words attests a phrase,
 * not a claim: Carville (Salon) and Obama (Newsmax) each "to raise
 * taxes"; Gorsuch's and a stranger's "Merry Christmas".  Five words or
 * more count (Calder Walton's "Trump is delivering wins for Putin"). */
static void
test_fragment_supporter (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_assertion (c, "d1", "s1", CG_KIND_INDIRECT, "to raise taxes");
  add_assertion (c, "d2", "s2", CG_KIND_INDIRECT, "to raise taxes");
  add_link (c, "a1", "a2", CG_RELATION_SAME_AS);
  add_assertion (c, "d3", "s3", CG_KIND_DIRECT, "Merry Christmas.");
  add_assertion (c, "d4", "s4", CG_KIND_DIRECT, "Merry Christmas");
  add_link (c, "a3", "a4", CG_RELATION_SAME_AS);
  add_assertion (c, "d5", "s5", CG_KIND_INDIRECT, "Trump is delivering wins for Putin");
  add_assertion (c, "d6", "s6", CG_KIND_AUTHOR, "A weakened American democracy in crisis is a victory for Putin \u2013 and it\u2019s been delivered by Trump.");
  add_link (c, "a6", "a5", CG_RELATION_SUPPORTS);
  /* five words (whole AllSides with the table: BBC's Ted Cruz, Reason's
   * Howard Simon, of two different fights) */
  add_assertion (c, "d7", "s7", CG_KIND_INDIRECT, "the fight was not over");
  add_assertion (c, "d8", "s8", CG_KIND_INDIRECT, "the fight was not over");
  add_link (c, "a7", "a8", CG_RELATION_SAME_AS);
  /* reported speech that states nothing (whole AllSides with the table:
   * the NSA and Clinton's campaign declined "to respond to questions");
   * a reported clause stays (CNN's intelligence community, ABC's
   * administration on Benghazi) */
  add_assertion (c, "d9", "s9", CG_KIND_INDIRECT, "to respond to questions about the program");
  add_assertion (c, "d10", "s10", CG_KIND_INDIRECT, "to respond to questions about her position on the ethanol program");
  add_link (c, "a9", "a10", CG_RELATION_SAME_AS);
  add_assertion (c, "d11", "s11", CG_KIND_INDIRECT, "the violence was actually a terrorist attack");
  add_assertion (c, "d12", "s12", CG_KIND_INDIRECT, "the violence was a terrorist attack");
  add_link (c, "a11", "a12", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a7")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpint (claim_of (c, "a9")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpint (claim_of (c, "a11")->verdict, ==, CG_VERDICT_CORROBORATED);
  CgClaim *cl = claim_of (c, "a1");
  g_assert_cmpuint (cl->assertions->len, ==, 2);
  g_assert_cmpuint (cl->supporters->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (cl->supporters, 0), ==, "s1");
  g_assert_cmpint (cl->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpint (claim_of (c, "a3")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpint (claim_of (c, "a5")->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

static void
test_unknown_speaker_and_empty (void)
{
  CgCorpus *c = cg_corpus_new ();
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpuint (c->claims->len, ==, 0);
  add_assertion (c, "d1", NULL, CG_KIND_INDIRECT, "the peace plan was passed on to the Trump campaign");
  add_assertion (c, "d2", NULL, CG_KIND_INDIRECT, "the peace plan was passed on to the Trump campaign by Manafort");
  add_link (c, "a1", "a2", CG_RELATION_SAME_AS);
  add_link (c, "a1", "a99", CG_RELATION_SUPPORTS);   /* a dangling id is ignored */
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpuint (c->claims->len, ==, 1);
  CgClaim *cl = g_ptr_array_index (c->claims, 0);
  g_assert_cmpuint (cl->supporters->len, ==, 0);
  g_assert_cmpint (cl->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);
}

static void
test_seed_corpus (void)
{
  CgCorpus *c = cg_test_seed_corpus ();
  /* every assertion in exactly one claim, ids in order of first member */
  guint members = 0;
  for (guint i = 0; i < c->claims->len; i++)
    {
      CgClaim *cl = g_ptr_array_index (c->claims, i);
      char *want = g_strdup_printf ("c%u", i + 1);
      g_assert_cmpstr (cl->id, ==, want);
      g_free (want);
      members += cl->assertions->len;
      if (i > 0)
        {
          CgClaim *prev = g_ptr_array_index (c->claims, i - 1);
          guint a = atoi ((char *) g_ptr_array_index (prev->assertions, 0) + 1);
          guint b = atoi ((char *) g_ptr_array_index (cl->assertions, 0) + 1);
          g_assert_cmpuint (a, <, b);
        }
    }
  g_assert_cmpuint (members, ==, c->assertions->len);
  /* the quote printed by 000 and 002 is one claim across both articles,
   * whose supporters are speakers of its members (never carriers) */
  gboolean found = FALSE;
  for (guint i = 0; i < c->assertions->len && !found; i++)
    {
      CgAssertion *a = g_ptr_array_index (c->assertions, i);
      if (a->kind != CG_KIND_DIRECT || strstr (a->text, "Putin went through a hell of a lot with me") == NULL)
        continue;
      CgClaim *cl = claim_of (c, a->id);
      if (cl->assertions->len < 2)
        continue;
      found = TRUE;
      g_assert_cmpuint (cl->supporters->len, <=, cl->assertions->len);
      for (guint k = 0; k < cl->supporters->len; k++)
        {
          gboolean member = FALSE;
          for (guint m = 0; m < cl->assertions->len && !member; m++)
            member = g_strcmp0 (cg_corpus_assertion (c, g_ptr_array_index (cl->assertions, m))->speaker_id,
                                g_ptr_array_index (cl->supporters, k)) == 0;
          g_assert_true (member);
        }
    }
  g_assert_true (found);
  cg_corpus_free (c);
}

/* One utterance under two speakers' names (whole AllSides with the
 * table): Clapper's denial printed by the American Spectator (speaker "Jim
 * Clapper") and the Guardian ("James R. Clapper"), and Kim's pledge to
 * denuclearize, which CNN gives to Kim and Time to Chung Eui-yong who
 * relayed it (five words: shorter than quote_run_words, but whole). */
static void
test_one_utterance_two_names (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_assertion (c, "d1", "s1", CG_KIND_DIRECT,
                 "There was no such wiretap activity mounted against the president-elect at the time, as a candidate "
                 "or against his campaign");
  add_assertion (c, "d2", "s2", CG_KIND_DIRECT,
                 "There was no such wiretap activity mounted against the president, the president-elect at the time, "
                 "or as a candidate, or against his campaign.");
  add_link (c, "a1", "a2", CG_RELATION_SAME_AS);
  add_assertion (c, "d3", "s3", CG_KIND_DIRECT, "he is committed to denuclearization");
  add_assertion (c, "d4", "s4", CG_KIND_DIRECT, "he is committed to denuclearization");
  add_link (c, "a3", "a4", CG_RELATION_SAME_AS);
  /* a writer's sentence holding a whole short quotation prints it */
  add_assertion (c, "d5", "s5", CG_KIND_DIRECT, "That will never happen again");
  add_assertion (c, "d6", "s6", CG_KIND_AUTHOR, "Rubio promised voters that will never happen again.");
  add_link (c, "a5", "a6", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  for (guint k = 1; k <= 5; k += 2)
    {
      char *id = g_strdup_printf ("a%u", k);
      CgClaim *cl = claim_of (c, id);
      g_assert_cmpuint (cl->assertions->len, ==, 2);
      g_assert_cmpuint (cl->supporters->len, ==, 1);
      g_assert_cmpint (cl->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
      g_free (id);
    }
  g_assert_cmpstr (g_ptr_array_index (claim_of (c, "a1")->supporters, 0), ==, "s1");

  /* a short quoted fragment of a mixed member, held by another member
   * (The Hill twice, Sen. Cardin under two names) */
  add_assertion (c, "d8", "s8", CG_KIND_MIXED, "Schumer and Mnuchin have \u201ca pretty good relationship.\u201d");
  add_assertion (c, "d9", "s9", CG_KIND_MIXED, "Schumer and Mnuchin \u201chave a pretty good relationship.\u201d");
  add_link (c, "a7", "a8", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpuint (claim_of (c, "a7")->supporters->len, ==, 1);
  g_assert_cmpint (claim_of (c, "a7")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);

  /* two speakers in their own words stay two voices (which corroborate
   * only when their propositions agree: "we found no evidence" is not
   * read as "there was no wiretap activity") */
  add_assertion (c, "d7", "s7", CG_KIND_DIRECT, "We found no evidence of wiretapping of the campaign.");
  add_link (c, "a1", "a9", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpuint (claim_of (c, "a1")->supporters->len, ==, 2);
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);
}

/* Add the sentences TEXTS (NULL-terminated) to article ID as author claims
 * of SPEAKER, one sentence each. */
static void
add_paragraph (CgCorpus *c, const char *id, const char *speaker, const char *const *texts)
{
  for (guint k = 0; texts[k]; k++)
    add_assertion (c, id, speaker, CG_KIND_AUTHOR, texts[k])->sentence = k;
}

/* Article ID of C titled TITLE, printed by OUTLET on DATE (may be NULL),
 * its sentences TEXTS (NULL-terminated) author claims of SPEAKER. */
static void
add_titled_article (CgCorpus *c, const char *id, const char *outlet, const char *date, const char *title,
                    const char *speaker, const char *const *texts)
{
  add_article (c, id, outlet, NULL, date);
  CgArticle *d = g_ptr_array_index (c->articles, c->articles->len - 1);
  d->title = g_strdup (title);
  add_paragraph (c, id, speaker, texts);
}

/* Reported speech of SPEAKER, named SOURCE, in sentence SENTENCE of
 * ARTICLE. */
static CgAssertion *
add_reported (CgCorpus *c, const char *article, const char *speaker, const char *source, guint sentence,
              const char *text)
{
  CgAssertion *a = add_assertion (c, article, speaker, CG_KIND_INDIRECT, text);
  a->source_text = g_strdup (source);
  a->sentence = sentence;
  return a;
}

/* Two texts naming nothing (no name, no figure) tell one event only when
 * their articles do (event_min_cosine).  Whole AllSides with the table:
 * "officers knocked on the front door" of a neighbour of the Cleveland
 * kidnappings (Fox News, 2013) and "the officers knocked on the door" of
 * the Breonna Taylor raid (CBS News, 2020) are two events; police's
 * "officers used less lethal munitions, such as pepper spray and rubber
 * projectiles" (NPR) and the Portland police department's "Officers used
 * pepper spray and rubber projectiles" (the Guardian) are one night in
 * Portland. */
static void
test_one_event (void)
{
  CgCorpus *c = cg_corpus_new ();
  const char *fox[] = {
    "Cleveland police are searching properties Wednesday morning near the home called a 'house of horrors' after they "
    "were reportedly alerted by one of the kidnap victims that there may be more women.",
    "Details of a possible fourth victim came to light during police interviews with the oldest victim, Michelle Knight, "
    "who reportedly said there was another girl at the home about 10 years ago, but she disappeared.",
    "The suspects were identified as Ariel Castro, 52, who lived at the home, and his brothers, Pedro and Onil, ages 54 "
    "and 50, respectively.",
    "Elsie Cintron, who lives three houses away, said her daughter saw a naked woman crawling in the backyard several "
    "years ago and called police.",
    NULL };
  const char *cbs[] = {
    "The Louisville Metro Police Department announced Tuesday that it has fired Brett Hankison, one of the officers "
    "involved in the March shooting death of 26-year-old emergency medical worker Breonna Taylor.",
    "Taylor was killed on March 13, when officers entered her home looking for illegal drugs.",
    "But Taylor's family said in a lawsuit that the officers did not identify themselves, and that Walker — a licensed "
    "gun owner — thought someone was trying to break in.",
    "The three officers involved in the shooting — Hankison, Jon Mattingly and Myles Cosgrove — had all been placed on "
    "administrative reassignment throughout the investigation.",
    NULL };
  add_titled_article (c, "d1", "Fox Online News", "2013-05-08",
                      "Cleveland police search for more women after tip from kidnap victim, report says", "s1", fox);
  add_titled_article (c, "d2", "CBS News", NULL,
                      "Louisville Police Department fires officer involved in Breonna Taylor's death", "s2", cbs);
  CgAssertion *fox_knock = add_reported (c, "d1", "s3", "Lugo", 4, "officers knocked on the front door");
  CgAssertion *cbs_knock = add_reported (c, "d2", "s4", "Officials", 2, "the officers knocked on the door");
  add_link (c, fox_knock->id, cbs_knock->id, CG_RELATION_SAME_AS);

  const char *npr[] = {
    "Some protesters smashed windows, lit a dumpster on fire, threw objects at police and lit firecrackers, according "
    "to The Associated Press.",
    "Police say they responded with non-lethal munitions fired into the crowd, and that 26 people were arrested.",
    "Property damage was \"widespread,\" according to The Portland Mercury.",
    NULL };
  const char *guardian[] = {
    "Thousands of people took to the streets from Thursday night into Friday in Denver, Minneapolis, Milwaukee, "
    "Portland, Oakland and several other US cities, as well as Vancouver, Canada.",
    "The rowdiest scenes were in Portland, Oregon, where about 4,000 people marched into the city centre late on Thursday.",
    "In Minneapolis, dozens of people marched on to Interstate 94, blocking traffic in both directions for at least an "
    "hour as police stood by.",
    NULL };
  add_titled_article (c, "d3", "NPR Online News", "2016-11-11",
                      "Anti-Trump Protest In Portland, Ore., Turns Destructive, Declared A Riot", "s5", npr);
  add_titled_article (c, "d4", "The Guardian", "2016-11-10",
                      "More anti-Trump action planned after second night of protests across US", "s6", guardian);
  CgAssertion *npr_spray = add_reported (c, "d3", "s7", "police", 3,
                                         "officers used \"less lethal munitions,\" such as pepper spray and rubber projectiles");
  CgAssertion *guardian_spray = add_reported (c, "d4", "s8", "the department", 2,
                                              "Officers used pepper spray and rubber projectiles to disperse the crowd");
  add_link (c, guardian_spray->id, npr_spray->id, CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  CgClaim *knock = claim_of (c, fox_knock->id);
  g_assert_cmpuint (knock->assertions->len, ==, 2);
  g_assert_cmpint (knock->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  CgClaim *spray = claim_of (c, npr_spray->id);
  g_assert_cmpuint (spray->supporters->len, ==, 2);
  g_assert_cmpint (spray->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* A reworded wire copy (whole AllSides with the table): Fox News and the
 * Washington Times (AP's Ahmed Al-Haj) print one AP paragraph on Cairo,
 * each with small edits, so the claim's own sentence shares fewer than
 * copy_min_words words in a row; the sentences around it give the copy
 * away.  An outlet writing its own paragraph on the same protest (it
 * names Cairo and the Egyptian protesters, as an article of that event
 * does: event_min_cosine) stays a second voice. */
static void
test_reworded_wire_copy (void)
{
  CgCorpus *c = cg_corpus_new ();
  const char *fox[] = {
    "On Thursday, Egyptian protesters also clashed with police near the U.S. Embassy in Cairo for the third day in a row.",
    "Police used tear gas to disperse the protesters and the two sides pelted each other with rocks.",
    "But unlike Tuesday, the police kept the protesters away from the embassy's compound.",
    NULL };
  const char *wt[] = {
    "Egyptian protesters clashed Thursday with police near the U.S. Embassy in Cairo.",
    "Police used tear gas to disperse the protesters, and the two sides pelted each other with rocks.",
    "But unlike Tuesday, the police kept the protesters away from the embassy compound.",
    NULL };
  const char *own[] = {
    "Security forces were out in strength around the American mission in Cairo on Thursday.",
    "Unlike on Tuesday, police kept the crowd away from the embassy compound.",
    "Several Egyptian protesters were hurt, according to the health ministry.",
    NULL };
  add_paragraph (c, "d1", "s1", fox);
  add_paragraph (c, "d2", "s2", wt);
  add_link (c, "a3", "a6", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  CgClaim *cl = claim_of (c, "a3");
  g_assert_cmpuint (cl->assertions->len, ==, 2);
  g_assert_cmpuint (cl->supporters->len, ==, 1);
  g_assert_cmpint (cl->verdict, ==, CG_VERDICT_SINGLE_SOURCE);

  add_paragraph (c, "d3", "s3", own);
  add_link (c, "a8", "a3", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  cl = claim_of (c, "a3");
  g_assert_cmpuint (cl->supporters->len, ==, 2);
  g_assert_cmpint (cl->verdict, ==, CG_VERDICT_CORROBORATED);

  /* the same whole sentence of nine words (National Review, the
   * Washington Times): copy_min_whole_words */
  add_assertion (c, "d4", "s4", CG_KIND_AUTHOR, "Both parties have reason to sweat every competitive race.");
  add_assertion (c, "d5", "s5", CG_KIND_AUTHOR, "Both parties have reason to sweat every competitive race.");
  add_link (c, "a10", "a11", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a10")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);
}

/* Two speakers in one outlet's reporting (whole AllSides with the table):
 * Fox News's reporter writes that the State Department told Fox News,
 * and the next day's Fox story gives the State Department the words: one
 * path to the reader, not corroborated.  The same words in another
 * outlet are a second path. */
static void
test_one_outlet_two_speakers (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "Fox Online News", "Brooke Singman", "2017-07-13");
  add_article (c, "d2", "Fox Online News", NULL, "2017-07-14");
  add_assertion (c, "d1", "s1", CG_KIND_AUTHOR,
                 "The State Department did, however, tell Fox News that all visa applications are adjudicated on a "
                 "case-by-case basis.");
  add_assertion (c, "d2", "s2", CG_KIND_INDIRECT, "all visa applications are adjudicated on a case-by-case basis");
  add_link (c, "a1", "a2", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  CgClaim *cl = claim_of (c, "a1");
  g_assert_cmpuint (cl->supporters->len, ==, 2);
  g_assert_cmpint (cl->verdict, ==, CG_VERDICT_SINGLE_SOURCE);

  add_article (c, "d3", "Reuters", NULL, "2017-07-14");
  add_assertion (c, "d3", "s3", CG_KIND_INDIRECT, "visa applications are adjudicated on a case-by-case basis");
  add_link (c, "a3", "a2", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  cl = claim_of (c, "a1");
  /* the supporters are the two voices agreeing across outlets */
  g_assert_cmpuint (cl->supporters->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (cl->supporters, 0), ==, "s2");
  g_assert_cmpstr (g_ptr_array_index (cl->supporters, 1), ==, "s3");
  g_assert_cmpint (cl->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* A speaker of C with ID, NAME and KIND. */
static void
add_speaker (CgCorpus *c, const char *id, const char *name, CgSpeakerKind kind)
{
  CgSpeaker *s = cg_speaker_new ();
  s->id = g_strdup (id);
  s->name = g_strdup (name);
  s->kind = kind;
  g_ptr_array_add (c->speakers, s);
}

/* A person of C with the registry roles given after NAME, up to a NULL. */
static void add_person (CgCorpus *c, const char *id, const char *name, ...) G_GNUC_NULL_TERMINATED;

static void
add_person (CgCorpus *c, const char *id, const char *name, ...)
{
  add_speaker (c, id, name, CG_SPEAKER_PERSON);
  CgSpeaker *s = g_ptr_array_index (c->speakers, c->speakers->len - 1);
  va_list ap;
  va_start (ap, name);
  for (const char *role; (role = va_arg (ap, const char *)) != NULL;)
    g_ptr_array_add (s->roles, g_strdup (role));
  va_end (ap);
}

/* Corroboration is two voices agreeing directly, not a chain (whole
 * AllSides with the table, c153147 at 39f8835): "Joseph Maguire is acting
 * director of national intelligence" and "... Maguire is scheduled to
 * appear ..." share an entity, not a proposition.  Two reporters saying
 * Shumlin signed the single-payer law agree. */
static void
test_direct_agreement (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "USA Today", NULL, "2020-02-19");
  add_article (c, "d2", "NPR Online News", "Ryan Lucas, Philip Ewing", "2019-09-25");
  add_article (c, "d3", "Fox News", "Barnini Chakraborty", "2014-01-07");
  add_article (c, "d4", "USA Today", "Michael B. Sauter", "2014-01-26");
  add_assertion (c, "d1", "s1", CG_KIND_AUTHOR, "Joseph Maguire is acting director of national intelligence.");
  add_assertion (c, "d2", "s2", CG_KIND_AUTHOR,
                 "Acting Director of National Intelligence Joseph Maguire is scheduled to appear before the House and "
                 "Senate intelligence committees on Thursday.");
  add_link (c, "a1", "a2", CG_RELATION_SAME_AS);
  add_assertion (c, "d3", "s3", CG_KIND_AUTHOR, "Gov. Peter Shumlin, a Democrat, signed the plan into law in May 2011.");
  add_assertion (c, "d4", "s4", CG_KIND_AUTHOR,
                 "In 2011, Governor Peter Shumlin signed into law Green Mountain Healthcare, a single-payer plan.");
  add_link (c, "a3", "a4", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpint (claim_of (c, "a3")->verdict, ==, CG_VERDICT_CORROBORATED);
  g_assert_cmpuint (claim_of (c, "a3")->supporters->len, ==, 2);

  /* a third member agreeing with neither directly adds no supporter */
  add_article (c, "d5", "Politico", NULL, "2014-01-20");
  add_assertion (c, "d5", "s5", CG_KIND_AUTHOR, "Vermont is the first state to pass a single-payer plan into law.");
  add_link (c, "a5", "a4", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  CgClaim *cl = claim_of (c, "a3");
  g_assert_cmpint (cl->verdict, ==, CG_VERDICT_CORROBORATED);
  g_assert_cmpuint (cl->supporters->len, ==, 2);
  cg_corpus_free (c);
}

/* A short sentence repeated within two others joins two groups, one link
 * each (whole AllSides with the table, c61256 at 4fd598a): "Republicans
 * to win control of the Senate" stands in Paletta's "In 2014, Republicans
 * need to pick up six seats to win control of the Senate", in Stirewalt's
 * "... sights set on six seats to win back control of the Senate ..." and
 * in Boyer's "If Republicans win back control of the Senate in November,
 * the president is unlikely to find them in an accommodating mood".  The
 * claim is cut at those two links (claim_split_size, claim_split_part):
 * the six members that say Republicans need six seats are one claim. */
static void
test_split_at_bridges (void)
{
  static const struct {
    const char *outlet, *date, *text;
  } m[] = {
    { "USA Today", "2014-10-07", "Republicans need to pick up six Senate seats to win control." },
    { "ABC News", NULL, "Republicans need to pick up six seats to win a majority in the Senate." },
    { "Wall Street Journal - News", "2014-09-22", "In 2014, Republicans need to pick up six seats to win control of the Senate." },
    { "Fox Online News", "2014-09-30", "Republicans need to pick up a net six Senate seats to gain control of the chamber next year." },
    { "CNN (Web News)", "2014-11-03", "Republicans need to gain six seats to win the majority in the Senate." },
    { "Newsmax", "2014-04-27", "Nationwide, Republicans need to gain six seats to win the Senate majority." },
    { "Fox Online News", "2014-11-01", "Republicans to win control of the Senate" },
    { "Washington Times", "2013-12-31",
      "If Republicans win back control of the Senate in November, the president is unlikely to find them in an "
      "accommodating mood." },
    { "ABC News", NULL, "The retirement of Baucus gives Republicans another opportunity in its quest to win control of the Senate." },
    { "Fox News", "2014-05-07", "Republicans have their sights set on six seats to win back control of the Senate from Democrats." },
    { "Fox News", "2014-04-29", "- Republicans have their sights set on six seats to win back control of the Senate from Democrats." },
    { "Fox Online News", "2014-06-02", "Republicans are setting their sights on at least six seats to gain control of the Senate." },
  };
  static const struct {
    guint from, to;
    CgRelation rel;
  } k[] = {
    { 1, 2, CG_RELATION_SAME_AS }, { 1, 3, CG_RELATION_SAME_AS }, { 1, 4, CG_RELATION_SAME_AS },
    { 2, 6, CG_RELATION_SUPPORTS }, { 6, 5, CG_RELATION_SAME_AS }, { 5, 1, CG_RELATION_SUPPORTS },
    { 7, 3, CG_RELATION_SAME_AS }, { 7, 8, CG_RELATION_SAME_AS }, { 7, 9, CG_RELATION_SAME_AS },
    { 7, 10, CG_RELATION_SAME_AS }, { 10, 11, CG_RELATION_SAME_AS }, { 10, 12, CG_RELATION_SUPPORTS },
    { 11, 12, CG_RELATION_SUPPORTS },
  };
  CgCorpus *c = cg_corpus_new ();
  for (guint i = 0; i < G_N_ELEMENTS (m); i++)
    {
      char *d = g_strdup_printf ("d%u", i + 1), *sp = g_strdup_printf ("s%u", i + 1);
      add_article (c, d, m[i].outlet, NULL, m[i].date);
      add_assertion (c, d, sp, i == 6 ? CG_KIND_INDIRECT : CG_KIND_AUTHOR, m[i].text);
      g_free (d);
      g_free (sp);
    }
  for (guint i = 0; i < G_N_ELEMENTS (k); i++)
    {
      char *f = g_strdup_printf ("a%u", k[i].from), *t = g_strdup_printf ("a%u", k[i].to);
      add_link (c, f, t, k[i].rel);
      g_free (f);
      g_free (t);
    }
  cg_score_claims (c, cg_test_rules ());
  CgClaim *six = claim_of (c, "a1");
  g_assert_cmpuint (six->assertions->len, ==, 6);
  g_assert_true (six == claim_of (c, "a6"));
  g_assert_cmpuint (claim_of (c, "a7")->assertions->len, ==, 3);
  g_assert_true (claim_of (c, "a8") == claim_of (c, "a7"));
  g_assert_cmpuint (claim_of (c, "a10")->assertions->len, ==, 3);
  g_assert_cmpint (six->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* The same words years apart are two events ("The bill now goes to the
 * Senate", Fox 2013, NPR 2015: two bills); a day apart, one; a fact
 * naming its year stands years later ("George W. Bush won 44 percent of
 * Hispanics" in 2004, written in 2012 and 2014). */
static void
test_pair_out_of_time (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "Fox Online News", NULL, "2013-12-12");
  add_article (c, "d2", "NPR Online News", "Juana Summers", "2015-07-23");
  add_assertion (c, "d1", "s1", CG_KIND_AUTHOR, "The bill now goes to the Senate.");
  add_assertion (c, "d2", "s2", CG_KIND_AUTHOR, "The bill now goes to the Senate, where no similar legislation has been introduced.");
  add_link (c, "a1", "a2", CG_RELATION_SAME_AS);
  add_article (c, "d3", "Politico", "Jonathan Martin", "2012-11-07");
  add_article (c, "d4", "Fox News", "William La Jeunesse", "2014-12-20");
  add_assertion (c, "d3", "s3", CG_KIND_AUTHOR, "In 2004, George W. Bush won 44 percent of Hispanics.");
  add_assertion (c, "d4", "s4", CG_KIND_AUTHOR, "Indeed, George W. Bush won 44 percent of the Hispanic vote in 2004.");
  add_link (c, "a3", "a4", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpint (claim_of (c, "a3")->verdict, ==, CG_VERDICT_CORROBORATED);
  CgArticle *d2 = g_ptr_array_index (c->articles, 1);
  g_free (d2->date);
  d2->date = g_strdup ("2013-12-13");
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* A speaker read into a pronoun is no second voice (c117018 at 39f8835:
 * Jen Psaki on Fox, "she" resolved to a "Jan Psaki" on the BBC); the same
 * words with the speaker named are. */
static void
test_pronoun_speaker (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "Fox Online News", NULL, "2014-09-23");
  add_article (c, "d2", "BBC News", NULL, NULL);
  CgAssertion *a = add_assertion (c, "d1", "s1", CG_KIND_MIXED, "the U.S. \"did not request the regime's permission\"");
  a->source_text = g_strdup ("State Department spokeswoman Jen Psaki");
  CgAssertion *b = add_assertion (c, "d2", "s2", CG_KIND_INDIRECT,
                                  "Washington had not requested permission or given advance notice of the timing of the attacks");
  b->source_text = g_strdup ("she");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_free (b->source_text);
  b->source_text = g_strdup ("US officials");
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_CORROBORATED);
  /* ... unless the two names are one surname */
  add_speaker (c, "s1", "Jen Psaki", CG_SPEAKER_PERSON);
  add_speaker (c, "s2", "Jan Psaki", CG_SPEAKER_PERSON);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);
}

/* One poll under two names is one source (c627899 at 39f8835; the second
 * text without its closing "in May"); two pollsters are two. */
static void
test_one_poll_two_names (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "Fox News", NULL, "2013-09-10");
  add_article (c, "d2", "Fox Online News", "Dana Blanton", "2013-09-09");
  CgArticle *d2 = g_ptr_array_index (c->articles, 1);
  d2->title = g_strdup ("Fox News Poll: Despite chemical weapons, voters oppose US action in Syria");
  add_speaker (c, "s1", "new Fox News poll", CG_SPEAKER_DOCUMENT);
  add_speaker (c, "s2", "Fox News poll released Monday", CG_SPEAKER_ORGANIZATION);
  CgAssertion *a = add_assertion (c, "d1", "s1", CG_KIND_INDIRECT,
                                  "public disapproval of Obama's handling of Syria has jumped from 40 percent to 60 percent");
  a->source_text = g_strdup ("A new Fox News Poll");
  CgAssertion *b = add_assertion (c, "d2", "s2", CG_KIND_INDIRECT,
                                  "disapproval of Obama\u2019s handling of Syria has jumped to 60 percent, up from 40 percent");
  b->source_text = g_strdup ("A Fox News poll released Monday");
  add_link (c, "a1", "a2", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  /* not named as a poll, or pair_poll_names would ask d1 to name Pew;
   * nor by d1's outlet in d2, or pair_mention_outlets would make it Fox
   * News's own ("A Fox News poll released Monday") */
  g_free (b->source_text);
  b->source_text = g_strdup ("Pew Research Center");
  assert_renamed_corroborates (c, 1, "Pew Research Center");
  cg_corpus_free (c);
}

/* Two outlets speaking for themselves are two voices though their names
 * share a word (whole AllSides with the table, c379242): The Hill and The
 * Guardian state that conviction needs two thirds of the Senate; so do
 * CBS News and NBC News.  A word of stopwords.rules or of
 * [generic_name_words] makes no one source of them. */
static void
test_two_outlets_one_word (void)
{
  static const char *const names[][2] = { { "The Hill", "The Guardian" }, { "CBS News", "NBC News" } };
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      CgCorpus *c = cg_corpus_new ();
      add_article (c, "d1", names[k][0], NULL, "2019-10-15");
      add_article (c, "d2", names[k][1], NULL, "2019-12-26");
      add_speaker (c, "s1", names[k][0], CG_SPEAKER_ORGANIZATION);
      add_speaker (c, "s2", names[k][1], CG_SPEAKER_ORGANIZATION);
      add_assertion (c, "d1", "s1", CG_KIND_AUTHOR,
                     "Articles of impeachment would need a two-thirds majority, or 67 votes, in the Senate to convict the president.");
      add_assertion (c, "d2", "s2", CG_KIND_AUTHOR,
                     "The actual impeachment trial in the Senate would need a two-thirds majority vote for a conviction.");
      add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
      cg_score_claims (c, cg_test_rules ());
      g_assert_cmpuint (claim_of (c, "a1")->supporters->len, ==, 2);
      g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_CORROBORATED);
      cg_corpus_free (c);
    }
}

/* One source the registry keeps apart (whole AllSides with the table):
 * "Cal Fire officials" in the BBC and in Fox News, "The Iowa Secretary of
 * State’s office" (New York Times) and "the Iowa Secretary of State's
 * office" (CNN), are one voice within a claim; two "he" are not. */
static void
test_same_mention_one_voice (void)
{
  CgCorpus *c = cg_corpus_new ();
  CgAssertion *a = add_assertion (c, "d1", "s1", CG_KIND_INDIRECT,
                                  "17 wildfires in nine counties have burned more than 115,000 acres in just the past 12 hours");
  a->source_text = g_strdup ("Cal Fire officials");
  a = add_assertion (c, "d2", "s2", CG_KIND_MIXED,
                     "morning 17 wildfires in nine counties have already burned more than 115,000 acres in the past 12 hours");
  a->source_text = g_strdup ("Cal Fire officials");
  add_link (c, "a1", "a2", CG_RELATION_SAME_AS);
  a = add_assertion (c, "d3", "s3", CG_KIND_INDIRECT,
                     "Democrats had a 5-to-1 edge over Republicans in the numbers of absentee ballots requested statewide");
  a->source_text = g_strdup ("The Iowa Secretary of State\u2019s office");
  a = add_assertion (c, "d4", "s4", CG_KIND_INDIRECT, "Democrats had a nearly 5-1 edge in making requests for absentee ballots");
  a->source_text = g_strdup ("the Iowa Secretary of State's office");
  add_link (c, "a3", "a4", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpuint (claim_of (c, "a1")->supporters->len, ==, 1);
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpuint (claim_of (c, "a3")->supporters->len, ==, 1);
  g_assert_cmpint (claim_of (c, "a3")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);

  for (guint k = 0; k < 4; k++)
    {
      CgAssertion *x = g_ptr_array_index (c->assertions, k);
      g_free (x->source_text);
      x->source_text = g_strdup ("he");
    }
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpuint (claim_of (c, "a1")->supporters->len, ==, 2);
  g_assert_cmpuint (claim_of (c, "a3")->supporters->len, ==, 2);
  /* ... but two speakers read into "he" (pair_named_speakers) may be one
   * misread speaker: no corroboration */
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpint (claim_of (c, "a3")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);
}

/* An author's sentence that a quotation of its own article holds word for
 * word is the quoted speaker's (whole AllSides with the table, c836992 at
 * 704d633): Trump's tweet "DACA was abandoned by the Democrats." printed
 * by CBN and by Townhall, which also quotes it, is one voice, Trump's.
 * Two reporters' own sentences on the Fed's December rise, next to a
 * quotation saying something else, stay two voices. */
static void
test_quoted_author_origin (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "CBN", NULL, "2018-03-22");
  add_article (c, "d2", "Townhall", "Leah Barkoukis, Matt Vespa", "2018-03-23");
  add_assertion (c, "d1", "s1", CG_KIND_AUTHOR, "DACA was abandoned by the Democrats.");
  add_assertion (c, "d2", "s3", CG_KIND_DIRECT,
                 "DACA was abandoned by the Democrats. Very unfair to them! Would have been tied to desperately needed Wall.");
  add_assertion (c, "d2", "s2", CG_KIND_AUTHOR, "DACA was abandoned by the Democrats.");
  add_link (c, "a1", "a3", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);

  add_article (c, "d3", "Reuters", "Lucia Mutikani", "2016-07-08");
  add_article (c, "d4", "The Guardian", "Jana Kasperkevic", "2016-07-08");
  add_assertion (c, "d3", "s4", CG_KIND_AUTHOR, "The Fed raised rates in December for the first time in nearly a decade.");
  add_assertion (c, "d4", "s6", CG_KIND_DIRECT, "The labor market continued to strengthen and growth in economic activity has picked up.");
  add_assertion (c, "d4", "s5", CG_KIND_AUTHOR, "In December, the Fed raised rates for the first time in almost a decade.");
  add_link (c, "a4", "a6", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a4")->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* A source mention right after "told" is the hearer (c257813 at 704d633:
 * AP's "..., his wife, St. Louis police Sgt. Ann Marie Dorn, told the St.
 * Louis Post-Dispatch" read as the Post-Dispatch speaking; NBC's "Dorn's
 * wife ... told the outlet"): one source, the wife, under two names.  The
 * same sentence with its speaker before the cue is a voice. */
static void
test_hearer_not_source (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "Associated Press", "Jim Salter", "2020-06-03");
  add_article (c, "d2", "NBC News (Online)", "Minyvonne Burke", "2020-06-03");
  add_speaker (c, "s1", "St. Louis Post-Dispatch", CG_SPEAKER_ORGANIZATION);
  add_speaker (c, "s2", "Dorn's wife", CG_SPEAKER_ANONYMOUS);
  CgAssertion *a = add_assertion (c, "d1", "s1", CG_KIND_INDIRECT,
                                  "Dorn was a friend of the pawn shop\u2019s owner and frequently checked on the business "
                                  "when alarms went off, his wife, St. Louis police Sgt. Ann Marie Dorn");
  a->cue_text = g_strdup ("told");
  a->cue = (CgSpan) { 2150, 2154 };
  a->source_text = g_strdup ("the St. Louis Post-Dispatch");
  a->source = (CgSpan) { 2155, 2182 };
  CgAssertion *b = add_assertion (c, "d2", "s2", CG_KIND_INDIRECT,
                                  "he was a friend of the pawn shop's owner and would go and check out the business "
                                  "whenever the burglar alarm sounded");
  b->cue_text = g_strdup ("told");
  b->cue = (CgSpan) { 1849, 1853 };
  b->source_text = g_strdup ("Dorn's wife");
  b->source = (CgSpan) { 1808, 1819 };
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  /* "Police Chief John Hayden told the newspaper ...": the speaker first */
  g_free (a->source_text);
  a->source_text = g_strdup ("Police Chief John Hayden");
  a->source = (CgSpan) { 2120, 2144 };
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* A voice whose speaker another voice's member names is that member's
 * subject or origin (c39400 at 704d633): Kavanaugh, read from
 * "Kavanaugh's [accuser], who now claims", is no supporter of Ramirez's
 * allegation, nor is the New Yorker she told; a reporter writing
 * "Ramirez alleged ..." relays her.  Two reporters stating that Trump
 * fired Comey stay two voices when Trump speaks in the claim too. */
static void
test_named_speaker (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "The Guardian", "Sabrina Siddiqui", "2018-09-25");
  add_article (c, "d2", "National Review", NULL, "2018-09-26");
  add_article (c, "d3", "Reuters", "Doina Chiacu", "2018-09-24");
  add_article (c, "d4", "The Hill", "Emily Birnbaum", "2018-09-24");
  add_article (c, "d5", "Fox Online News", "Brooke Singman", NULL);
  add_article (c, "d6", "USA Today", NULL, "2018-09-24");
  add_speaker (c, "s1", "Deborah Ramirez", CG_SPEAKER_PERSON);
  add_speaker (c, "s2", "Brett Michael Kavanaugh", CG_SPEAKER_PERSON);
  add_speaker (c, "s3", "New Yorker", CG_SPEAKER_ORGANIZATION);
  add_speaker (c, "s5", "USA Today", CG_SPEAKER_ORGANIZATION);
  CgAssertion *a = add_assertion (c, "d1", "s1", CG_KIND_INDIRECT,
                                  "Kavanaugh had exposed himself to her at a party while attending Yale University in the early 1980s");
  a->source_text = g_strdup ("Ramirez");
  CgAssertion *b = add_assertion (c, "d2", "s2", CG_KIND_INDIRECT, "Kavanaugh exposed himself as a college freshman at a party");
  b->source_text = g_strdup ("Kavanaugh\u2019s");
  CgAssertion *r = add_assertion (c, "d5", "s1", CG_KIND_INDIRECT,
                                  "during their freshman year at Yale University, Kavanaugh exposed himself to her at a dorm party");
  r->source_text = g_strdup ("Deborah Ramirez");
  add_link (c, "a3", "a1", CG_RELATION_SUPPORTS);
  add_link (c, "a2", "a3", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  CgAssertion *d = add_assertion (c, "d3", "s3", CG_KIND_INDIRECT, "Kavanaugh exposed himself to her during a drunken dormitory party");
  d->source_text = g_strdup ("the New Yorker");
  CgAssertion *e = add_assertion (c, "d4", "s1", CG_KIND_INDIRECT,
                                  "The New Yorker in an article published Sunday that Kavanaugh exposed himself at a dorm-room "
                                  "party without her consent when the two were college students at Yale University in the 1980s");
  e->source_text = g_strdup ("Another woman, Deborah Ramirez");
  add_assertion (c, "d6", "s5", CG_KIND_AUTHOR,
                 "Ramirez alleged in an article in The New Yorker that Kavanaugh exposed himself to her at a party when "
                 "they were students at Yale.");
  add_link (c, "a4", "a3", CG_RELATION_SUPPORTS);
  add_link (c, "a5", "a1", CG_RELATION_SAME_AS);
  add_link (c, "a6", "a3", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);

  c = cg_corpus_new ();
  add_article (c, "d1", "The Daily Caller", NULL, "2017-12-24");
  add_article (c, "d2", "USA Today", NULL, "2017-10-31");
  add_article (c, "d3", "USA Today", NULL, "2017-11-24");
  add_speaker (c, "s3", "Donald John Trump", CG_SPEAKER_PERSON);
  add_assertion (c, "d1", "s1", CG_KIND_AUTHOR, "Trump fired former FBI Director James Comey on May 9, 2017.");
  add_assertion (c, "d2", "s2", CG_KIND_AUTHOR, "Trump fired FBI Director James Comey on May 9.");
  CgAssertion *t = add_assertion (c, "d3", "s3", CG_KIND_INDIRECT,
                                  "Mueller pursued the Russia investigation because Trump did not select him to succeed Comey as "
                                  "FBI director, whom Trump fired");
  t->source_text = g_strdup ("The president");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  add_link (c, "a3", "a1", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* One source under a fuller name is one voice (c1093547 at dada00f): "the
 * inspector general" (Fox) and "a Justice Department Inspector General's
 * report" (USA Today) on McCabe's leak; "Officials" and "a Commerce
 * official" on Bryson.  Two sources whose names do not nest stay two. */
static void
test_source_within_source (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "Fox Online News", "Brooke Singman", NULL);
  add_article (c, "d2", "USA Today", NULL, "2019-09-12");
  add_speaker (c, "s1", "the inspector general", CG_SPEAKER_ANONYMOUS);
  add_speaker (c, "s2", "Justice Department inspector general\u2019s report", CG_SPEAKER_DOCUMENT);
  CgAssertion *a = add_assertion (c, "d1", "s1", CG_KIND_INDIRECT,
                                  "he had repeatedly misstated his involvement in a leak to The Journal regarding an FBI "
                                  "investigation into the Clinton Foundation");
  a->source_text = g_strdup ("the Justice Department inspector general");
  CgAssertion *b = add_assertion (c, "d2", "s2", CG_KIND_INDIRECT,
                                  "he misstated his involvement in a leak to The Wall Street Journal days before the election "
                                  "about an FBI investigation into the Clinton Foundation");
  b->source_text = g_strdup ("a Justice Department Inspector General\u2019s report");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  assert_renamed_corroborates (c, 1, "Senate Judiciary Committee report");
  cg_corpus_free (c);
}

/* An office and its holder are one voice (c635383 at 1fcb60a): the White
 * House (Washington Times) and President Obama (Vox) announcing that
 * Hagel steps down are one announcement; "Pentagon officials" and Obama
 * are two voices. */
static void
test_office_holder (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "Washington Times", "David Sherfinski, Ben Wolfgang", "2014-11-24");
  add_article (c, "d2", "Vox", "Max Fisher", "2014-11-24");
  add_speaker (c, "s1", "White House", CG_SPEAKER_ORGANIZATION);
  add_person (c, "s2", "Barack Hussein Obama", "U.S. President", NULL);
  add_reported (c, "d1", "s1", "The White House", 0, "Secretary of Defense Chuck Hagel is stepping down");
  add_reported (c, "d2", "s2", "President Obama", 0, "Secretary of Defense Chuck Hagel is resigning");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  assert_renamed_corroborates (c, 0, "Pentagon officials");
  cg_corpus_free (c);
}

/* A description and the one person of the claim it fits are one voice
 * (linking.rules [description_heads]; whole AllSides at 602783f,
 * c439783): CNN's "Obama administration officials" and the New York
 * Times' Jay Carney, the White House press secretary, announcing the
 * veto threat are one announcement; "Senate Democratic aides" would be a
 * second voice. */
static void
test_description_fits_person (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "CNN (Web News)", "Jessica Yellin", "2012-11-03");
  add_article (c, "d2", "New York Times - News", "Helene Cooper, Jonathan Weisman", "2012-11-10");
  add_speaker (c, "s1", "Obama administration officials", CG_SPEAKER_ANONYMOUS);
  add_person (c, "s2", "Jay Carney", "White House Press Secretary", "Obama spokesman", NULL);
  add_reported (c, "d1", "s1", "Obama administration officials", 0,
                "the president will veto any package that extends the Bush-era tax cuts for those making $250,000 a "
                "year or more");
  add_reported (c, "d2", "s2", "Jay Carney , the White House press secretary", 0,
                "the president would veto any legislation extending the expiring tax cuts for families making "
                "$250,000 or more");
  add_link (c, "a1", "a2", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  assert_renamed_corroborates (c, 0, "Senate Democratic aides");
  cg_corpus_free (c);
}

/* "the officer" (Newsmax) is Alexander Vindman (Reuters), "a 20-year
 * military officer" (whole AllSides at 602783f, c137486); once a second
 * officer speaks in the claim the description fits two persons and joins
 * neither: "the officer" and Vindman agree directly as two voices. */
static void
test_description_fits_one (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "Newsmax", "Lisa Mascaro, Mary Clare Jalonick", "2019-11-19");
  add_article (c, "d2", "Reuters", "Patricia Zengerle", "2019-10-31");
  add_article (c, "d3", "Reuters", "Karen Freifeld", "2019-11-19");
  add_speaker (c, "s1", "an officer", CG_SPEAKER_ANONYMOUS);
  add_person (c, "s2", "Alexander Vindman", "Army Lt. Col.", "a 20-year military officer", NULL);
  add_reported (c, "d1", "s1", "an officer", 0,
                "Earlier, during an unsettling July 10 meeting at the White House, Ambassador Gordon Sondland told "
                "visiting Ukraine officials that they would need to \u201cdeliver\u201d before next steps, which was a "
                "meeting Zelenskiy wanted with Trump")->kind = CG_KIND_MIXED;
  add_reported (c, "d2", "s2", "Vindman", 0,
                "Sondland, a former Trump donor, told visiting Ukrainian officials they needed to \u201cdeliver "
                "specific investigations in order to secure a meeting with the president.\u201d")->kind = CG_KIND_MIXED;
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);

  add_person (c, "s3", "Keith Kellogg", "retired Army officer", NULL);
  add_reported (c, "d3", "s3", "Kellogg", 0,
                "Sondland told visiting Ukrainian officials they needed to deliver investigations to secure a meeting "
                "with the president");
  add_link (c, "a3", "a2", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  CgClaim *cl = claim_of (c, "a1");
  g_assert_cmpint (cl->verdict, ==, CG_VERDICT_CORROBORATED);
  g_assert_cmpuint (cl->supporters->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (cl->supporters, 0), ==, "s1");
  g_assert_cmpstr (g_ptr_array_index (cl->supporters, 1), ==, "s2");
  cg_corpus_free (c);
}

/* A command and the military it belongs to are one voice
 * (org-aliases.rules [aliases]; whole AllSides at b7fb747, c116943: the
 * Christian Science Monitor's "US Central Command" and Fox's "the U.S.
 * military" were two supporters of one announcement); the State
 * Department, of another group, is a second voice. */
static void
test_listed_aliases (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "Christian Science Monitor", "Howard LaFranchi", "2014-09-23");
  add_article (c, "d2", "Fox News", NULL, "2014-09-23");
  add_speaker (c, "s1", "U.S. Central Command", CG_SPEAKER_ORGANIZATION);
  add_speaker (c, "s2", "U.S. military", CG_SPEAKER_ORGANIZATION);
  CgAssertion *a = add_assertion (c, "d1", "s1", CG_KIND_INDIRECT,
                                  "the attacks involved support or participation from Bahrain, Jordan, Qatar, "
                                  "Saudi Arabia, and the United Arab Emirates");
  a->source_text = g_strdup ("US Central Command");
  CgAssertion *b = add_assertion (c, "d2", "s2", CG_KIND_INDIRECT,
                                  "Bahrain, Saudi Arabia, the United Arab Emirates, Jordan and Qatar all "
                                  "participated in the operation");
  b->source_text = g_strdup ("the U.S. military");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpuint (claim_of (c, "a1")->supporters->len, ==, 1);
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  assert_renamed_corroborates (c, 1, "State Department");
  cg_corpus_free (c);
}

/* The claim of the assertion of C whose text holds WORDS: it must have
 * two members or more and one supporter. */
static void
assert_one_voice (CgCorpus *c, const char *words)
{
  CgAssertion *found = NULL;
  for (guint i = 0; i < c->assertions->len && !found; i++)
    {
      CgAssertion *a = g_ptr_array_index (c->assertions, i);
      if (strstr (a->text, words))
        found = a;
    }
  g_assert_nonnull (found);
  CgClaim *cl = claim_of (c, found->id);
  g_assert_cmpuint (cl->assertions->len, >=, 2);
  g_assert_cmpuint (cl->supporters->len, ==, 1);
  g_assert_cmpint (cl->verdict, !=, CG_VERDICT_CORROBORATED);
}

/* The carrier's dispute goes to the saying it qualifies (paragraphs of
 * three AllSides articles, Reuters and AP).  Whole corpus at 6fe55d5, the
 * quotations before "Trump added, while incorrectly saying that Mueller
 * ..." and "Putin said, before falsely declaring that ..." were
 * contradicted claims of their own: the stance window after "added" and
 * "said" ran into the next cue group.  The second sayings stay disputed,
 * and so does "has also claimed, without evidence, that". */
static CgClaim *claim_with_text (CgCorpus *c, const char *start);

/* Each claim of C opening with one of STARTS (NULL-ended) is
 * single-source, with no contradictor. */
static void
assert_uncontested (CgCorpus *c, const char *const *starts)
{
  for (const char *const *k = starts; *k; k++)
    {
      CgClaim *cl = claim_with_text (c, *k);
      g_assert_cmpint (cl->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
      g_assert_cmpuint (cl->contradictors->len, ==, 0);
    }
}

static void
test_stance_window_ends (void)
{
  const char *names[] = { "score-stance-mueller.txt", "score-stance-putin.txt", "score-stance-soleimani.txt" };
  CgCorpus *c = cg_test_data_corpus (names, G_N_ELEMENTS (names));
  const char *kept[] = { "I have to find that we\u2019re going to be treated fairly", "You can trust no one", NULL };
  assert_uncontested (c, kept);
  const char *disputed[] = { "that Mueller, a Republican former FBI director", "that \u201cthere\u2019s no evidence\u201d",
                             "Soleimani was plotting an imminent attack", NULL };
  for (const char *const *d = disputed; *d; d++)
    g_assert_cmpint (claim_with_text (c, *d)->verdict, ==, CG_VERDICT_CONTRADICTED);
  cg_corpus_free (c);
}

/* A carrier's dispute of a text that names a thing makes nothing
 * contradicted (linking.rules dispute_predicates; paragraphs of five
 * AllSides articles, each claim contradicted at be51f88): CNN's "McEnany
 * wrongly describes | Trump's tweet ...", USA Today's "incorrectly stated
 * | the distance from Allen to El Paso, Texas", the Wall Street Journal's
 * "was incorrectly called | Border Control in the photo caption ...".
 * Still disputed: what a naming cue says a thing is ("incorrectly
 * identified Ian Bremmer as a current professor", "incorrectly listed
 * the amount as being $270 billion"). */
static void
test_dispute_names_a_thing (void)
{
  const char *names[] = { "score-dispute-named-cnn.txt", "score-dispute-named-usatoday.txt", "score-dispute-named-wsj.txt",
                          "score-dispute-named-bremmer.txt", "score-dispute-named-budget.txt" };
  CgCorpus *c = cg_test_data_corpus (names, G_N_ELEMENTS (names));
  const char *named[] = { "Trump's tweet about Michigan protesters", "the distance from Allen to El Paso",
                          "Border Control in the photo caption", NULL };
  assert_uncontested (c, named);
  const char *disputed[] = { "Ian Bremmer as a current professor", "the amount as being $270 billion", NULL };
  for (const char *const *d = disputed; *d; d++)
    g_assert_cmpint (claim_with_text (c, *d)->verdict, ==, CG_VERDICT_CONTRADICTED);
  cg_corpus_free (c);
}

/* A carrier's dispute of a relative clause whose pronoun stands before
 * its cue makes nothing contradicted (linking.rules [relative_openings];
 * paragraphs of four AllSides articles, the first three contradicted
 * claims at 765b9c5 and in its whole-corpus store): "a border wall --
 * which he falsely claimed Mexico would pay for --" keeps "which Mexico
 * would pay for", "a young woman ... whom he falsely described as Mr.
 * Putin's niece" keeps "whom as Mr. Putin's niece", "a photo that the
 * Post's David Weigel incorrectly said was evidence of ..." keeps "that
 * was evidence of ...": each names the thing its pronoun stands for
 * outside the text.  Still contradicted: a complementizer after its cue,
 * "wrongly denying that he ever supported legalization". */
static void
test_dispute_relative_clause (void)
{
  const char *names[] = { "score-dispute-relative-wall.txt", "score-dispute-relative-niece.txt",
                          "score-dispute-relative-photo.txt", "score-dispute-relative-cruz.txt" };
  CgCorpus *c = cg_test_data_corpus (names, G_N_ELEMENTS (names));
  const char *relative[] = { "which Mexico would pay for", "whom as Mr. Putin", "that was evidence of a less than", NULL };
  assert_uncontested (c, relative);
  CgClaim *kept = claim_with_text (c, "that he ever supported legalization");
  g_assert_cmpint (kept->verdict, ==, CG_VERDICT_CONTRADICTED);
  cg_corpus_free (c);
}

/* A dispute standing in another's saying or charge is that speaker's,
 * not the carrier's (stance.rules [charges], [charge-joins]; paragraphs
 * of four AllSides articles, the first three contradicted claims in the
 * whole-corpus store of 765b9c5): "alleging that | Obama falsely claimed
 * U.S. citizenship" (Klayman's charge), "Prosecutors charge that | the
 * two men falsely claimed the contributions came from GEP", Katie Tur
 * "announcing that | he had incorrectly said Omar was "born in
 * Afghan."".  Still the carrier's: "At the Pensacola speech that Trump
 * rightly claimed was packed, he wrongly asserted that black
 * homeownership had just hit its highest level ever" (words stand between
 * the saying and the dispute's source). */
static void
test_dispute_another_s_charge (void)
{
  const char *names[] = { "score-dispute-charge-klayman.txt", "score-dispute-charge-gep.txt",
                          "score-dispute-charge-tur.txt", "score-dispute-charge-pensacola.txt" };
  CgCorpus *c = cg_test_data_corpus (names, G_N_ELEMENTS (names));
  const char *charged[] = { "U.S. citizenship", "the contributions came from GEP", "Omar was", NULL };
  assert_uncontested (c, charged);
  g_assert_cmpint (claim_with_text (c, "black homeownership had just hit")->verdict, ==, CG_VERDICT_CONTRADICTED);
  cg_corpus_free (c);
}

/* One organization under two names is one voice (excerpts of four
 * AllSides articles; whole corpus at b7fb747 both claims were
 * corroborated): the Guardian's "CSIS" and Vox's "the Center [for
 * Strategic and International Studies]"; Fox's "SOMA Komur Isletmeleri
 * A.S." and the Monitor's "Soma Holding", the mine's owner. */
static void
test_org_aliases (void)
{
  const char *names[] = { "orgalias-guardian.txt", "orgalias-vox.txt", "orgalias-fox.txt", "orgalias-csm.txt" };
  CgCorpus *c = cg_test_data_corpus (names, G_N_ELEMENTS (names));
  assert_one_voice (c, "far-right perpetrators more than quadrupled");
  assert_one_voice (c, "highest safety measures");
  cg_corpus_free (c);
}

/* One wire story printed by two outlets (whole AllSides with the table):
 * ABC News and USA Today print the AP's sentence on the relatives at
 * Surabaya's airport, edited, under their own bylines; ABC credits "the
 * Associated Press reported", USA Today "Contributing: ...; Associated
 * Press".  One voice, so not corroborated, and `show` says why.  The
 * Washington Times and CNN each report that Michelle Snyder is the second
 * top CMS official to leave, in their own words and without a wire
 * credit: two voices, corroborated. */
static CgClaim *
claim_with_text (CgCorpus *c, const char *start)
{
  for (guint i = 0; i < c->assertions->len; i++)
    {
      CgAssertion *a = g_ptr_array_index (c->assertions, i);
      if (g_str_has_prefix (a->text, start))
        return claim_of (c, a->id);
    }
  g_assert_not_reached ();
}

static const char *
wire_of (CgCorpus *c, const char *name)
{
  for (guint i = 0; i < c->articles->len; i++)
    {
      CgArticle *d = g_ptr_array_index (c->articles, i);
      if (g_str_has_suffix (d->path, name))
        return d->wire;
    }
  g_assert_not_reached ();
}

typedef GPtrArray *(*WhyFunc) (CgCorpus *corpus, CgRules *rules, const CgClaim *claim);

/* Analyze the four test files NAMES, the last two score-wire-wt.txt and
 * score-wire-cnn.txt; assert that the claim of the member starting COPY
 * has two members, one voice and no corroboration, and that WHY explains
 * it in one line holding each of the NEEDLES; and that the Snyder claim
 * of the last two has two voices, corroborated, and no such line.
 * Returns the corpus (cg_corpus_free), its pipeline in *PIPELINE. */
static CgCorpus *
assert_copy_not_snyder (const char *const *names, CgPipeline **pipeline, WhyFunc why_of, const char *copy,
                        const char *const *needles)
{
  char *paths[5] = { NULL };
  for (guint i = 0; i < 4; i++)
    paths[i] = cg_test_data (names[i]);
  GError *error = NULL;
  CgPipeline *p = cg_pipeline_new (cg_test_rules (), &error);
  g_assert_no_error (error);
  CgCorpus *c = cg_pipeline_analyze (p, paths, 1, FALSE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 4; i++)
    g_free (paths[i]);

  CgClaim *one = claim_with_text (c, copy);
  g_assert_cmpuint (one->assertions->len, ==, 2);
  g_assert_cmpuint (one->supporters->len, ==, 1);
  g_assert_cmpint (one->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  GPtrArray *why = why_of (c, cg_test_rules (), one);
  g_assert_cmpuint (why->len, ==, 1);
  for (const char *const *n = needles; *n; n++)
    g_assert_nonnull (strstr (g_ptr_array_index (why, 0), *n));
  g_ptr_array_unref (why);

  CgClaim *snyder = claim_with_text (c, "Ms. Snyder is the second top CMS official");
  g_assert_cmpuint (snyder->assertions->len, ==, 2);
  g_assert_cmpuint (snyder->supporters->len, ==, 2);
  g_assert_cmpint (snyder->verdict, ==, CG_VERDICT_CORROBORATED);
  why = why_of (c, cg_test_rules (), snyder);
  g_assert_cmpuint (why->len, ==, 0);
  g_ptr_array_unref (why);
  *pipeline = p;
  return c;
}

static void
test_wire_credit (void)
{
  const char *names[] = { "score-wire-abc.txt", "score-wire-usatoday.txt", "score-wire-wt.txt", "score-wire-cnn.txt" };
  const char *needles[] = { "wire copy of the same story", "(ABC News)", "(USA Today)", NULL };
  CgPipeline *p;
  CgCorpus *c = assert_copy_not_snyder (names, &p, cg_score_wire_copies, "At Juanda International Airport in Surabaya",
                                        needles);
  g_assert_cmpstr (wire_of (c, names[0]), ==, "AP");
  g_assert_cmpstr (wire_of (c, names[1]), ==, "AP");
  g_assert_null (wire_of (c, names[2]));
  g_assert_null (wire_of (c, names[3]));
  cg_corpus_free (c);
  cg_pipeline_free (p);
}

/* Wire stories reprinted without a credit (whole AllSides), one voice,
 * so not corroborated, and `show` says why:
 * - Fox News (2013-05-08, no byline) and Townhall (2013-05-12) print the
 *   same report on the Colorado recall drives, five of the writer's
 *   sentences the same, in a row, and neither credits an agency.
 *   Townhall edits "The signature deadline is May 21." to "The deadline
 *   for signatures is May 21.".
 * - Copies' quotations are one attestation too: Fox News (crediting AP)
 *   and Newsmax (under the AP reporters' byline, no credit) print one AP
 *   story on Iran's uranium, two author sentences in a row the same, and
 *   each reports the atomic agency's spokesman under its own mention
 *   ("the Islamic Republic's Atomic Energy Organization spokesman", "the
 *   spokesman for the country's atomic agency"), two speakers to the
 *   registry.
 * The Washington Times and CNN on Michelle Snyder share no passage: two
 * voices, corroborated. */
static void
test_uncredited_copy (void)
{
  static const struct {
    const char *names[4];
    const char *copy;
    const char *needles[4];
    const char *wire;
  } cases[] = {
    { { "score-copy-fox.txt", "score-copy-townhall.txt", "score-wire-wt.txt", "score-wire-cnn.txt" },
      "The signature deadline is May 21.",
      /* (12: Fox's "from owning guns.And Hickenlooper" is two sentences) */
      { "one voice: near-verbatim copies, 5 of 12 sentences shared", "(Fox News)", "(Townhall)", NULL }, NULL },
    { { "score-copy-iran-fox.txt", "score-copy-iran-newsmax.txt", "score-wire-wt.txt", "score-wire-cnn.txt" },
      "Iran could enrich uranium up to 20",
      { "one voice: near-verbatim copies", "(Fox News)", "(Newsmax)", NULL }, "AP" },
  };
  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      CgPipeline *p;
      CgCorpus *c = assert_copy_not_snyder (cases[k].names, &p, cg_score_article_copies, cases[k].copy,
                                            cases[k].needles);
      g_assert_cmpstr (wire_of (c, cases[k].names[0]), ==, cases[k].wire);
      g_assert_null (wire_of (c, cases[k].names[1]));
      cg_corpus_free (c);
      cg_pipeline_free (p);
    }
}

/* The credits of wire.rules, on lines of AllSides articles. */
static void
test_wire_credit_forms (void)
{
  static const struct {
    const char *text;
    const char *wire;
  } cases[] = {
    { "WASHINGTON (AP) — The Senate voted on Tuesday to confirm the nominee.\n", "AP" },
    { "The Senate voted on Tuesday to confirm the nominee.\n\nThe Associated Press contributed to this report.\n", "AP" },
    { "The Senate voted on Tuesday to confirm the nominee.\n\nContributing: Jane Onyanga-Omara, USA TODAY; Associated Press\n", "AP" },
    { "Some looked dazed, the Associated Press reported. Reuters contributed to this report.\n", "AP Reuters" },
    /* an interview, a photograph: no text of theirs */
    { "\"God willing, we can find it soon,\" he told the Associated Press.\n\nAndy Wong/AP Photo\n", NULL },
    { "The APPROPRIATIONS bill passed; JAPAN and the AP-style guide were cited.\n", NULL },
  };
  GError *error = NULL;
  CgReader *reader = cg_reader_new (cg_test_rules (), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CgArticle *a = cg_reader_read_bytes (reader, "wire.txt", cases[i].text, strlen (cases[i].text), FALSE, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (a->wire, ==, cases[i].wire);
      cg_article_free (a);
    }
  cg_reader_free (reader);
}

/* A survey's note on its method is true of its own poll only (whole
 * AllSides at 602783f, c53717: nine margins of error of polls from 2012
 * to 2018 were one corroborated claim).  USA Today's and Fox's notes ten
 * days apart are two polls, not two voices agreeing. */
static void
test_method_note_pair (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "USA Today", "Susan Page", "2013-05-16");
  add_article (c, "d2", "Fox Online News", NULL, "2013-05-26");
  add_assertion (c, "d1", "s1", CG_KIND_AUTHOR, "It has a margin of error of +/-3 percentage points.");
  add_assertion (c, "d2", "s2", CG_KIND_AUTHOR, "The margin of error was 3 percentage points.");
  add_link (c, "a2", "a1", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);
}

/* An article retelling another outlet's story speaks with its voice
 * (whole AllSides at 602783f, c93959): Townhall reprints the New York
 * Times' sentence on the informant without a credit and credits the Times
 * 36 sentences on; CNN gives the same words as the Times'.  One voice.
 * A source that is no outlet, cited that far away, leaves two. */
static void
test_cited_outlet (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "CNN (Web News)", "Veronica Stracqualursi", "2018-05-18");
  add_article (c, "d2", "Townhall", "Matt Vespa, Beth Baumann, Bronson Stocking", "2018-05-18");
  add_article (c, "d3", "New York Times - News", NULL, "2016-09-20");
  add_speaker (c, "s1", "New York Times", CG_SPEAKER_ORGANIZATION);
  add_reported (c, "d1", "s1", "New York Times", 23,
                "at least one government informant met several times with Trump campaign advisers Carter Page and "
                "George Papadopoulos");
  add_assertion (c, "d2", "s2", CG_KIND_AUTHOR,
                 "And at least one government informant met several times with Mr. Page and Mr. Papadopoulos, current "
                 "and former officials said.")->sentence = 25;
  add_reported (c, "d2", "s1", "the New York Times", 61, "that of their plugged-in, exclusive, anonymous sources");
  add_assertion (c, "d3", "s3", CG_KIND_AUTHOR,
                 "Besides his most recent trip to Quetta, Mr. Rahami visited Karachi, Pakistan, in 2005.");
  add_link (c, "a2", "a1", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpuint (claim_of (c, "a1")->supporters->len, ==, 1);
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  assert_renamed_corroborates (c, 0, "Senate Intelligence Committee");
  cg_corpus_free (c);
}

/* An organization cited next to an author's sentence is its source (whole
 * AllSides at 602783f, c188639): the New York Post's "Trump quietly
 * signed ..." is followed by what the White House said of the signing;
 * Vox gives the signing as the White House's.  One announcement.  Cited
 * twenty sentences away, the White House is cited for something else. */
static void
test_cited_source_near (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "Vox", "Jen Kirby", "2020-06-17");
  add_article (c, "d2", "New York Post", NULL, "2020-06-17");
  add_speaker (c, "s1", "White House", CG_SPEAKER_ORGANIZATION);
  add_reported (c, "d1", "s1", "the White House", 38,
                "On Wednesday, the same day as Bolton\u2019s book was released, Trump signed the Uyghur Human Rights "
                "Policy Act of 2020");
  add_assertion (c, "d2", "s2", CG_KIND_AUTHOR,
                 "Trump quietly signed the Uyghur Human Rights Policy Act without a public event.")->sentence = 2;
  CgAssertion *cited = add_reported (c, "d2", "s1", "The White House", 3,
                                     "the bill signing about an hour after bombshell allegations in former White House "
                                     "National Security Adviser John Bolton\u2019s forthcoming book that Trump told "
                                     "Chinese President Xi Jinping he approved of \u201cconcentration camps\u201d used to "
                                     "detain thousands of Uyghurs in western China");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cited->sentence = 22;
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* A report of a report agrees with no one directly (whole AllSides at
 * 602783f, c170756): the Washington Post's "Mueller has reportedly
 * impaneled a grand jury" and Fox's Howard Kurtz on the Journal's report
 * both retell the Wall Street Journal's scoop; the Guardian's and NPR's
 * "Ivanka Trump reportedly used her personal account" (c172116) retell
 * the Post's. */
static void
test_hearsay_pair (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "The Washington Post", NULL, "2017-08-04");
  add_article (c, "d2", "Fox Online News", "Howard Kurtz", "2017-08-04");
  add_assertion (c, "d1", "s1", CG_KIND_AUTHOR, "Special Counsel Robert Mueller has reportedly impaneled a grand jury for his probe.");
  add_assertion (c, "d2", "s2", CG_KIND_AUTHOR,
                 "By reporting that special counsel Robert Mueller has impaneled a grand jury in Washington, the Journal "
                 "created a psychological shift.");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  add_article (c, "d3", "The Guardian", "Erin Durkin", "2018-11-28");
  add_article (c, "d4", "NPR Online News", "Emily Sullivan", "2018-11-20");
  add_assertion (c, "d3", "s3", CG_KIND_AUTHOR,
                 "Ivanka Trump reportedly used her personal account up to 100 times in 2017 to contact other Trump "
                 "administration officials.");
  add_assertion (c, "d4", "s4", CG_KIND_AUTHOR,
                 "Ivanka Trump reportedly used her personal email account on fewer than 100 occasions to discuss "
                 "government policies and official business with other Trump administration personnel.");
  add_link (c, "a4", "a3", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpint (claim_of (c, "a3")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);
}

/* A direct pair's counts: 2,500 people in ICE custody and 59 in custody
 * count two things (the "19" of "COVID-19" is no count); "nearly 59"
 * and "59" still agree. */
static void
test_count_pair (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "Politico", NULL, "2020-06-26");
  add_article (c, "d2", "Chicago Sun-Times", "Jesse Jackson", "2020-04-27");
  add_assertion (c, "d1", "s1", CG_KIND_AUTHOR, "More than 2,500 people in ICE custody have tested positive for COVID-19.");
  add_assertion (c, "d2", "s2", CG_KIND_AUTHOR, "59 in custody have already tested positive for COVID-19");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  add_article (c, "d3", "Politico", NULL, "2020-04-27");
  add_article (c, "d4", "Chicago Sun-Times", "Jesse Jackson", "2020-04-27");
  add_assertion (c, "d3", "s3", CG_KIND_AUTHOR, "Nearly 59 people in ICE custody have tested positive for COVID-19.");
  add_assertion (c, "d4", "s4", CG_KIND_AUTHOR, "59 in custody have already tested positive for COVID-19");
  add_link (c, "a4", "a3", CG_RELATION_SUPPORTS);
  add_article (c, "d5", "BBC News", NULL, NULL);
  add_article (c, "d6", "Newsmax", NULL, "2019-03-19");
  add_assertion (c, "d5", "s5", CG_KIND_AUTHOR,
                 "Cohen pleaded guilty to campaign finance violations for his role in making hush money payments "
                 "regarding the two women, porn actress Stormy Daniels and former Playboy model Karen McDougal.");
  add_assertion (c, "d6", "s6", CG_KIND_AUTHOR,
                 "Cohen pleaded guilty over the summer to failing to report more than $4 million in income to the IRS, "
                 "making false statements to financial institutions and campaign-finance violations stemming from the "
                 "hush-money payments he arranged for porn actress Stormy Daniels and former Playboy model Karen "
                 "McDougal.");
  add_link (c, "a6", "a5", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpint (claim_of (c, "a3")->verdict, ==, CG_VERDICT_CORROBORATED);
  /* "the two women" is no measure of "$4 million" */
  g_assert_cmpint (claim_of (c, "a5")->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* A text naming its place only as "the state" names the state of its
 * story (pair_places, [place_references] kind=): the Washington Times'
 * Pennsylvania tour ("No Republican presidential nominee has carried the
 * state since 1988") and Fox's Wisconsin stop ("... since 1984"), whole
 * AllSides, tell of two states.  Two stories of one state, Fox's "that
 * state" of Wisconsin, still agree (test_place_reference()). */
static void
test_place_pair (void)
{
  CgCorpus *c = cg_corpus_new ();
  const char *times[] = {
    "It\u2019s his first traditional campaign swing since the primary and is aimed at undecided voters in six "
    "pivotal states won by Obama four years ago: New Hampshire, Pennsylvania, Ohio, Wisconsin, Michigan and Iowa.",
    "He spoke to the gathering of religious conservatives from Weatherly, Pa., via video uplink with his campaign bus "
    "in the background.",
    "My surrogate is former Gov. Rendell, who said we could win Pennsylvania.",
    "That stop was the first of three appearances in small towns in this state with 20 electoral votes that Obama won "
    "in 2008 with 54 percent.",
    "No Republican presidential nominee has carried the state since 1988.",
    "the intra-state rivalry between Wawa, which is popular in eastern Pennsylvania, and Sheetz, another convenience "
    "store that\u2019s the favorite in the western part of the state",
    NULL };
  const char *fox[] = {
    "Two weeks after the Republican Party's most controversial governor survived a high-stakes recall in Wisconsin, "
    "Mitt Romney descended on the state to claim it would fall in the GOP column come November.",
    "No Republican presidential candidate has carried the state since 1984.",
    "The victory has given Republicans confidence that they can compete against President Obama, who carried the state "
    "by 14 points four years ago.",
    "Romney campaigned in Wisconsin alongside Walker, Wisconsin Rep. Paul Ryan, Wisconsin Sen. Ron Johnson and "
    "Wisconsin's Reince Priebus, chairman of the GOP.",
    "The stop began the fourth day of a five-day bus tour that has already taken Romney from New Hampshire to "
    "Pennsylvania to Ohio.",
    NULL };
  add_titled_article (c, "d1", "Washington Times", "2012-06-16", "Romney says he\u2019d give Americans \u2018a fair shot\u2019",
                      "s1", times);
  CgAssertion *pennsylvania = g_ptr_array_index (c->assertions, 4);
  add_titled_article (c, "d2", "Fox News", "2012-06-18", "Romney campaigns with Walker, predicts Wisconsin win in November",
                      "s2", fox);
  CgAssertion *wisconsin = g_ptr_array_index (c->assertions, 7);
  add_link (c, wisconsin->id, pennsylvania->id, CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpstr (pennsylvania->text, ==, "No Republican presidential nominee has carried the state since 1988.");
  g_assert_cmpint (claim_of (c, pennsylvania->id)->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);
}

/* Two author claims printed by OUTLET_X on DATE_X and OUTLET_Y on DATE_Y
 * (dates may be NULL), the second supporting the first; returns the
 * first. */
static CgAssertion *
add_linked_pair (CgCorpus *c, const char *outlet_x, const char *date_x, const char *text_x, const char *outlet_y,
                 const char *date_y, const char *text_y)
{
  char *dx = g_strdup_printf ("d%u", c->articles->len + 1), *dy = g_strdup_printf ("d%u", c->articles->len + 2);
  add_article (c, dx, outlet_x, NULL, date_x);
  add_article (c, dy, outlet_y, NULL, date_y);
  CgAssertion *x = add_assertion (c, dx, dx, CG_KIND_AUTHOR, text_x);
  CgAssertion *y = add_assertion (c, dy, dy, CG_KIND_AUTHOR, text_y);
  add_link (c, y->id, x->id, CG_RELATION_SUPPORTS);
  g_free (dx);
  g_free (dy);
  return x;
}

/* Counts in words count ([count_words], [number_words], pair_count_words):
 * NPR's "Nineteen people in the state have died from COVID-19" (March) and
 * CBS's "More than 4,500 people have died in the state" (whole AllSides)
 * count two things; the Santa Fe shooting's "At least 8 students" (Vox) and
 * "Eight students and two teachers" (USA Today) one, and Cohen's "two
 * women" (BBC) counts nothing Newsmax's "$4 million" does. */
static void
test_count_words (void)
{
  CgCorpus *c = cg_corpus_new ();
  CgAssertion *covid = add_linked_pair (c, "NPR Online News", "2020-03-20",
                                        "Nineteen people in the state have died from COVID-19.", "CBS News", NULL,
                                        "More than 4,500 people have died in the state due to COVID-19.");
  CgAssertion *school = add_linked_pair (c, "Vox", "2018-05-18",
                                         "At least 8 students have been shot and killed at Santa Fe High School.",
                                         "USA Today", "2018-05-19",
                                         "CLOSE Eight students and two teachers were killed in the Santa Fe High "
                                         "School shooting.");
  CgAssertion *cohen = add_linked_pair (c, "BBC News", NULL,
                                        "Cohen pleaded guilty to campaign finance violations for his role in making "
                                        "hush money payments regarding the two women, porn actress Stormy Daniels and "
                                        "former Playboy model Karen McDougal.",
                                        "Newsmax", "2019-03-19",
                                        "Cohen pleaded guilty over the summer to failing to report more than $4 "
                                        "million in income to the IRS, making false statements to financial "
                                        "institutions and campaign-finance violations stemming from the hush-money "
                                        "payments he arranged for porn actress Stormy Daniels and former Playboy "
                                        "model Karen McDougal.");
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, covid->id)->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpint (claim_of (c, school->id)->verdict, ==, CG_VERDICT_CORROBORATED);
  /* "the two women" is no measure of "$4 million" */
  g_assert_cmpint (claim_of (c, cohen->id)->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* "one" counts ([count_words] `one`): Johns Hopkins' "more than 5,600
 * confirmed cases in the U.S." (USA Today, March 2020) and The Hill's "At
 * the time, there was one confirmed case in the United States" (June,
 * telling of January) count two things (whole AllSides at a9c05f2,
 * c461952); "At least one person was killed" and "At least 1 person"
 * (made by hand) give one count. */
static void
test_count_one (void)
{
  CgCorpus *c = cg_corpus_new ();
  CgAssertion *cases = add_linked_pair (c, "USA Today", "2020-03-05",
                                        "There are more than 5,600 confirmed cases in the U.S.", "The Hill",
                                        "2020-06-08",
                                        "At the time, there was one confirmed case in the United States.");
  CgAssertion *same = add_linked_pair (c, "CNN (Web News)", "2019-07-29",
                                       "At least one person was killed at the Gilroy Garlic Festival in California "
                                       "on Sunday.",
                                       "Reuters", "2019-07-29",
                                       "At least 1 person was killed at the Gilroy Garlic Festival in California on "
                                       "Sunday.");
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, cases->id)->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpint (claim_of (c, same->id)->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* A broadcast's note on its own schedule is true of its own program only
 * ([method_notes] `et hour`; whole AllSides at a9c05f2, c272653 and
 * c549396): Fox News' "the new ObamaCare video contest in the 9 a.m. ET
 * hour" (George W. Bush) and "the war in the 9 a.m. ET hour" (Supreme
 * Military Council Syria) are two shows, so are "Syria in the 10 a.m. ET
 * hour" and "ObamaCare in the 10 a.m. ET hour". */
static void
test_schedule_note (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "Fox News", NULL, "2013-08-20");
  add_article (c, "d2", "Fox Online News", NULL, "2013-09-06");
  add_article (c, "d3", "Fox News", NULL, "2013-08-29");
  add_article (c, "d4", "Fox Online News", NULL, "2014-02-12");
  add_person (c, "s1", "George W. Bush", "President", NULL);
  add_speaker (c, "s2", "Supreme Military Council Syria", CG_SPEAKER_ORGANIZATION);
  add_speaker (c, "s3", "House Armed Services Committee", CG_SPEAKER_ORGANIZATION);
  add_person (c, "s4", "Kelly Ayotte", "Sen.", NULL);
  add_reported (c, "d1", "s1", "President George W. Bush", 0, "the new ObamaCare video contest in the 9 a.m. ET hour");
  add_reported (c, "d2", "s2", "Supreme Military Council Syria", 0, "the war in the 9 a.m. ET hour");
  add_reported (c, "d3", "s3", "the House Armed Services Committee", 0, "Syria in the 10 a.m. ET hour");
  add_reported (c, "d4", "s4", "Sen. Kelly Ayotte, R-N.H.", 0, "ObamaCare in the 10 a.m. ET hour");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  add_link (c, "a3", "a4", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpint (claim_of (c, "a3")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);
}

/* The last assertion added to C. */
static CgAssertion *
last_assertion (CgCorpus *c)
{
  return g_ptr_array_index (c->assertions, c->assertions->len - 1);
}

/* One frame told of two things in two stories (pair_template_slots):
 * whole AllSides, c60851 at 6fe55d5, the EPA chief's "Obama
 * administration not waging war on coal" (Christian Science Monitor) and
 * Jeffrey Scott Shapiro's "The Obama administration is not waging a war
 * against guns, ..." (Washington Times) were corroborated; neither
 * article speaks of the other's word.  USA Today's "The GOP holds a
 * 51-49 majority in the Senate" and Fox's "With McCain, the GOP holds a
 * tenuous 51-49 Senate advantage" still agree: Fox's story speaks of
 * "the narrow Senate Republican majority" too.  So do "Mr. Obama won
 * North Carolina in 2008, but lost there in 2012" (New York Times) and
 * "President Obama won all but North Carolina in 2012, though he did win
 * the state in 2008" (NPR): "though" tells no thing
 * ([template_light_words]). */
static void
test_template_slot (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_person (c, "s1", "Gina McCarthy", "EPA chief", NULL);
  add_article (c, "d1", "Christian Science Monitor", "David T. Cook", "2013-09-23");
  CgArticle *d = g_ptr_array_index (c->articles, c->articles->len - 1);
  d->title = g_strdup ("Obama administration not waging war on coal, EPA chief says");
  CgAssertion *coal = add_reported (c, "d1", "s1", "EPA chief", 0, "Obama administration not waging war on coal");
  add_reported (c, "d1", "s1", "The EPA chief", 3,
                "new rules the agency released last week that would set the first national limits on heat-trapping "
                "carbon pollution from existing power plants");
  const char *cook[] = {
    "McCarthy was appointed to environmental posts in her home state of Massachusetts by Democratic Gov. Michael "
    "Dukakis and by GOP Gov. Mitt Romney.",
    NULL };
  add_paragraph (c, "d1", "s2", cook);
  const char *shapiro[] = {
    "They stem from a proclamation that Andrew Jackson issued in 1832, but in reality have little if any actual "
    "authority in overriding federal law.",
    "Exercising their rightful power of judicial review to interpret the Constitution, the U.S. Supreme Court decided "
    "in 2008 in District of Columbia v. Heller that there was a fundamental right to keep and bear arms.",
    "But since the tragic Sandy Hook shootings in Connecticut, the Democrats have done everything they can to ban "
    "firearms that are in common use.",
    "The state of New York originally banned guns that held more than seven bullets, which included just about every "
    "semi-automatic handgun in existence.",
    "The Obama administration is not waging a war against guns, it is waging a war on the Constitution and the "
    "Supreme Court of the United States, and ultimately, they must lose.",
    NULL };
  add_titled_article (c, "d2", "Washington Times", "2013-05-13", "SHAPIRO: Another attempt at nullification", "s3",
                      shapiro);
  add_link (c, coal->id, last_assertion (c)->id, CG_RELATION_SUPPORTS);
  const char *hughes[] = {
    "Most green card holders would be unaffected.",
    "Senior White House adviser Stephen Miller listens as President Trump speaks during a meeting with lawmakers on "
    "immigration policy in the Cabinet Room of the White House on Jan. 9, 2018.",
    "The GOP holds a 51-49 majority in the Senate.",
    NULL };
  add_titled_article (c, "d3", "USA Today", "2018-09-22",
                      "Trump administration proposal: Immigrants denied visas after using public assistance", "s4", hughes);
  CgAssertion *majority = last_assertion (c);
  const char *pergram[] = {
    "McCain last voted on the Senate floor on an interim government funding bill on December 7 last year.",
    "McCain\u2019s absence also amplified the narrow Senate Republican majority.",
    "With McCain, the GOP holds a tenuous 51-49 Senate advantage.",
    NULL };
  add_titled_article (c, "d4", "Fox Online News", "2018-08-25",
                      "Amid cancer treatment, McCain exercised significant political clout from afar", "s5", pergram);
  add_link (c, majority->id, last_assertion (c)->id, CG_RELATION_SUPPORTS);
  const char *davis[] = {
    "A potentially nasty Senate fight over replacing Scalia was not part of McConnell's 2016 road map.",
    "Democrats need to win five seats outright, or four seats and the White House, to take control away from the GOP.",
    "President Obama won all but North Carolina in 2012, though he did win the state in 2008.",
    "Only two of those GOP senators, Florida's Marco Rubio and New Hampshire's Kelly Ayotte, have so far embraced "
    "McConnell's call to postpone the nomination process.",
    "But Ayotte, Ohio's Rob Portman and Pennsylvania's Pat Toomey, for instance, have a trickier path to re-election.",
    "Senate Minority Leader Harry Reid, D-Nev., is ready for it.",
    NULL };
  add_titled_article (c, "d5", "NPR Online News", "2016-02-15",
                      "Scalia's Death Will Cast A Long Shadow Across This Year's Senate Races", "s6", davis);
  CgAssertion *carolina = g_ptr_array_index (c->assertions, c->assertions->len - 4);
  const char *shear[] = {
    "Mr. Obama won North Carolina in 2008, but lost there in 2012.",
    "Some Sanders supporters said they were devoted to their candidate and ambivalent about hearing Mr. Obama extol "
    "Mrs. Clinton.",
    "In Butler, Warren and Clermont Counties Mr. Obama improved upon the performance of John Kerry, the 2004 "
    "Democratic presidential candidate.",
    NULL };
  add_titled_article (c, "d6", "New York Times - News", "2016-06-11",
                      "Where to, Hillary? How Clinton Is Relying on President Obama\u2019s Help", "s7", shear);
  add_link (c, ((CgAssertion *) g_ptr_array_index (c->assertions, c->assertions->len - 3))->id, carolina->id,
            CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, coal->id)->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpint (claim_of (c, majority->id)->verdict, ==, CG_VERDICT_CORROBORATED);
  g_assert_cmpint (claim_of (c, carolina->id)->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* A text pointing back to a thing of its article (pair_story_min_cosine):
 * whole AllSides, c179926 at 7990d1c, The Week's "House Democrats have
 * passed a bill that does all of that" (March 2020, the paid sick leave
 * bill) and Yahoo's "House Democrats passed a bill that would continue
 * the $600 bonus" (May 2020) were corroborated, two bills whose articles
 * tell two stories.  Fox's "The full House will debate and vote on the
 * measure Thursday morning" and Axios's "The House will vote on the
 * measure Thursday" (the impeachment inquiry's resolution, October 2019)
 * are one story and still agree. */
static void
test_story_reference (void)
{
  CgCorpus *c = cg_corpus_new ();
  const char *week[] = {
    "Congress needs to spend $1 trillion on coronavirus stimulus.",
    "The U.S. government did a lot of things wrong in the Great Recession of 2008.",
    "Now, the global coronavirus pandemic means the president and Congress are faced with the same choice again.",
    "Medicaid is jointly funded by the states and the feds, who kick in 37.5 percent and 62.5 percent, respectively.",
    "Paid sick leave needs to be made available to all Americans \u2014 ideally permanently, but at a minimum for the "
    "duration of the crisis.",
    "House Democrats have passed a bill that does all of that.",
    "But unfortunately the paid sick leave provision in particular is grossly inadequate, and the bill is being held up "
    "by GOP objections in the Senate.",
    "At any rate, the Congressional Budget Office hasn't scored the bill yet, so it's hard to say how much doing all "
    "this properly would cost.",
    "Unfortunately, the White House's proposal consists mainly of tax cuts and business bailouts, which wouldn't get the "
    "help to where it is most urgently needed.",
    NULL };
  add_titled_article (c, "d1", "The Week - Opinion", "2020-03-17",
                      "Congress needs to spend $1 trillion on coronavirus stimulus. Here's how they should do it.", "s1",
                      week);
  CgAssertion *week_bill = g_ptr_array_index (c->assertions, c->assertions->len - 4);
  add_reported (c, "d1", "s8", "President Obama's economic advisors", 4,
                "it would take $1.8 trillion to plug the hole in the economy");
  add_reported (c, "d1", "s9", "White House economic adviser Kevin Hassett", 7,
                "the next jobs report could be the single worst we've ever seen");
  add_reported (c, "d1", "s10", "Olivier Blanchard, the former head economist at the International Monetary Fund", 13,
                "the current situation to World War II");
  add_reported (c, "d1", "s11", "Jason Furman, former economic chief for President Obama", 21, "it would cost $350 billion");
  add_reported (c, "d1", "s12", "economist Josh Bivens", 29,
                "the federal government pick up the full tab for Medicaid for the year");
  add_reported (c, "d1", "s13", "Gabriel Zucman", 50,
                "the federal government keep companies afloat by essentially acting as a buyer-of-last-resort, "
                "stepping in to replace lost revenue directly");
  const char *yahoo[] = {
    "In late March, Congress passed the largest stimulus package in American history in an effort to offset the "
    "economic impact of the coronavirus pandemic.",
    "Nearly 39 million Americans have filed for unemployment in the past nine weeks.",
    "The amount of money given out can vary significantly from state to state, from an average of $213 a week in "
    "Mississippi to $555 in Massachusetts.",
    "Those enhanced benefits are scheduled to end July 31 unless Congress votes to extend them.",
    "House Democrats passed a bill that would continue the $600 bonus through the end of January.",
    "The earliest any legislation could move forward will be the first week of June, when senators return from a "
    "weeklong recess.",
    NULL };
  add_titled_article (c, "d2", "Yahoo! The 360", "2020-05-26", "Is the $600 unemployment bonus helping or hurting?",
                      "s2", yahoo);
  CgAssertion *yahoo_bill = g_ptr_array_index (c->assertions, c->assertions->len - 2);
  add_reported (c, "d2", "s14", "Republican Sen. Lindsey Graham", 12,
                "the GOP would allow an extension \u201cover our dead bodies.\u201d");
  add_reported (c, "d2", "s15", "Majority Leader Mitch McConnell", 26,
                "it \u201cwon't look anything like\u201d the bill passed by Democrats in the House");
  add_link (c, yahoo_bill->id, week_bill->id, CG_RELATION_SUPPORTS);
  const char *fox[] = {
    "House Democrats on Tuesday introduced a resolution to formalize their impeachment inquiry and adopt rules to "
    "govern the proceedings, following sustained complaints by congressional Republicans and the White House that the "
    "inquiry hasn't followed past precedent and violates the president's due process rights.",
    "The Democrats' resolution specifies that ranking Republicans in the minority on the Judiciary and Intelligence "
    "Committees (Reps. Doug Collins and Devin Nunes, respectively) will have the authority, with the concurrence of "
    "committee chairs in the majority, to subpoena witnesses and compel their testimony -- a major demand that the "
    "White House and top Republicans had made in recent weeks.",
    "The House Rules Committee, which is the gateway for most measures in the House, will meet Wednesday at 3 p.m. ET "
    "to prepare the resolution for the House floor, including by adding additional procedures.",
    "The full House will debate and vote on the measure Thursday morning, with a vote expected by midday.",
    NULL };
  add_titled_article (c, "d3", "Fox Online News", NULL,
                      "Dems introduce resolution formalizing impeachment inquiry procedures", "s3", fox);
  CgAssertion *fox_vote = last_assertion (c);
  add_assertion (c, "d3", "s3", CG_KIND_AUTHOR,
                 "That\u2019s why the muscular role of the House Intelligence Committee is important in this resolution "
                 "-- it raises the question of whether the president would be able to question witnesses outside of "
                 "Judiciary Committee proceedings, and whom he would be able to question.")->sentence = 17;
  const char *axios[] = {
    "The House will vote on the measure Thursday.",
    "Of note: The resolution gives committees' ranking Republicans the ability to subpoena witnesses, should the "
    "committee chair agree.",
    NULL };
  add_titled_article (c, "d4", "Axios", "2019-10-29", "House files impeachment proceedings resolution", "s4", axios);
  CgAssertion *axios_vote = g_ptr_array_index (c->assertions, c->assertions->len - 2);
  add_reported (c, "d4", "s16", "Senate Majority Leader Mitch McConnell", 8,
                "Republican lawmakers planned to review the resolution to determine if it passes a \"smell test.\"");
  add_reported (c, "d4", "s17", "the resolution", 4,
                "The resolution provides rules for the format of open hearings in the House Intelligence Committee, "
                "including staff-led questioning of witnesses, and it authorizes the public release of deposition "
                "transcripts.");
  add_link (c, fox_vote->id, axios_vote->id, CG_RELATION_SUPPORTS);
  /* other articles of that claim: the names they share are common */
  const char *hill[] = {
    "Here’s what to watch for as Congress prepares for an end-of-the-year sprint.",
    "Senate Republicans are rushing to pass their tax plan this week after it was voted out of the Senate Finance "
    "Committee along party lines.",
    "They have a narrow path to getting the bill through the Senate.",
    NULL };
  add_titled_article (c, "d5", "The Hill", "2017-11-27", "Congress returns to nightmare December", "s5", hill);
  const char *cnn[] = {
    "After more than four hours of debate, the Republican-led Senate voted 25-6 to pass HB 314, which would slap "
    "doctors with up to 99 years in prison for performing an abortion.",
    "The Alabama House passed the bill earlier this month.",
    "Democrats re-introduced an amendment to exempt rape and incest victims, but the motion failed on an 11-21 vote.",
    NULL };
  add_titled_article (c, "d6", "CNN (Web News)", "2019-05-14", "Alabama Senate passes near-total abortion ban", "s6", cnn);
  const char *npr[] = {
    "Democrats have passed several bills out of the House to fund and reopen agencies that are currently shut down.",
    "McConnell has not brought them to the floor of the Senate, deferring instead to the need for negotiations between "
    "Trump and Democrats.",
    NULL };
  add_titled_article (c, "d7", "NPR Online News", "2019-01-19",
                      "Democrats Reject Trump Border Wall Proposal, Calling It A 'Non-Starter'", "s7", npr);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, week_bill->id)->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpint (claim_of (c, fox_vote->id)->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* Two passives of one verb, one with its subject left to a pronoun, do
 * not agree directly through the other's subject named on the open side:
 * both passive, that subject undergoes the deed too (whole AllSides at
 * 7990d1c, c540540: the Washington Post's "Roberts was joined in the
 * opinion by ..." on the Montana school case and NPR's "He was joined by
 * Chief Justice John Roberts, ..." on birth control, Thomas's opinion,
 * were corroborated).  The supports link stays (shared words); the
 * claim view no longer agrees. */
static void
test_passives_apart (void)
{
  CgCorpus *c = cg_corpus_new ();
  const char *barnes[] = {
    "The Trump administration supported the challenge to the Montana court\u2019s decision and hailed the Supreme "
    "Court\u2019s ruling.",
    "Roberts was joined in the opinion by Justices Clarence Thomas, Samuel A. Alito Jr., Neil M. Gorsuch and Brett M. "
    "Kavanaugh.",
    NULL };
  add_titled_article (c, "d1", "The Washington Post", "2020-06-30",
                      "Supreme Court says Montana program aiding private schools must be open to religious schools", "s1",
                      barnes);
  CgAssertion *roberts = last_assertion (c);
  const char *totenberg[] = {
    "The opinion upheld a Trump administration rule that significantly cut back on the Affordable Care Act "
    "requirement that insurers provide free birth control coverage as part of almost all health care plans.",
    "He was joined by Chief Justice John Roberts, and Justices Samuel Alito, Neil Gorsuch and Brett M. Kavanaugh.",
    NULL };
  add_titled_article (c, "d2", "NPR Online News", "2020-07-08",
                      "Supreme Court Undercuts Access To Birth Control Under Obamacare", "s2", totenberg);
  add_link (c, last_assertion (c)->id, roberts->id, CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, roberts->id)->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);
}

/* "That district" is the place of its article's story ([place_references]):
 * The Hill's special election (whole AllSides) won "by 20 points" does
 * not agree with CNN's Kansas "by 20 percentage points"; Wisconsin,
 * "the state" of the Washington Times' recall story and "that state" of
 * Fox's story on Paul Ryan, still does. */
static void
test_place_reference (void)
{
  CgCorpus *c = cg_corpus_new ();
  const char *hill[] = {
    "Democrats have reopened a double-digit lead in the generic congressional ballot, as a cascade of White House "
    "controversies has pushed the economy off the front page.",
    "Republicans closed the generic ballot gap on Democrats in January, raising hopes that the GOP could hang on to the "
    "House in November.",
    "A new CNN survey released Monday put the Democratic advantage in the congressional generic ballot at an eye-popping "
    "16 points.",
    "Trump won that district by 20 points in 2016.",
    NULL };
  const char *cnn[] = {
    "The special election in a deep-red Ohio congressional district was too close to call Tuesday night, with Republican "
    "Troy Balderson holding a narrow lead over Democrat Danny O'Connor.",
    "In the Republican primary in the Kansas governor's race, meanwhile, Trump-backed Secretary of State Kris Kobach and "
    "incumbent Gov. Jeff Colyer were waiting on results from the highly populated Johnson County, in the Kansas City area.",
    "Kansas is a deep-red state -- Trump won there by 20 percentage points in 2016 -- and any Republican would be "
    "favored in the gubernatorial election in November.",
    NULL };
  add_titled_article (c, "d1", "The Hill", "2018-02-28", "Dems surge in generic ballot as economy fades from spotlight",
                      "s1", hill);
  CgAssertion *hill_won = last_assertion (c);
  add_titled_article (c, "d2", "CNN (Web News)", "2018-08-07",
                      "Trump's base-focused midterm approach tested in Ohio and Kansas races Tuesday", "s2", cnn);
  add_link (c, hill_won->id, last_assertion (c)->id, CG_RELATION_SUPPORTS);
  /* two stories of another race, so that names shared by every article
   * weigh little (event_min_cosine's weights come from the corpus) */
  const char *bbc[] = {
    "There is no official result, but Conor Lamb and Republican opponent Rick Saccone were neck-and-neck in the solidly "
    "conservative 18th district.",
    "With votes counted in every precinct of the working-class district, Mr Lamb was on 49.8% while Mr Saccone had 49.6%.",
    "President Trump visited the 18th district in western Pennsylvania twice during the campaign, and Republicans spent "
    "millions of dollars to keep a hold of the seat.",
    NULL };
  const char *pa[] = {
    "Washington Democrats and Republicans are bringing big money and A-list party leaders into southwest Pennsylvania for "
    "the final days of a tight congressional race that both parties are eager to win -- ahead of the large battle this "
    "year to control Congress.",
    "President Trump visited the district in January to tout his recent tax cuts and Republican candidate Rick Saccone, a "
    "four-term state representative.",
    NULL };
  add_titled_article (c, "d3", "BBC News", "2018-03-14", "Democrat Conor Lamb claims victory in Pennsylvania election",
                      "s3", bbc);
  add_titled_article (c, "d4", "Fox News", "2018-03-07",
                      "Party leaders sending big money, top stars like Trump and Biden to tight House race in Pa.", "s4", pa);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, hill_won->id)->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);

  c = cg_corpus_new ();
  const char *times[] = {
    "Wisconsin gave Gov. Scott Walker a renewed lease Tuesday, voting to keep the Republican in office in a recall "
    "election that amounted to an embrace of his union-busting, government-trimming agenda in this traditionally "
    "Democratic-leaning state.",
    "But national Democrats were late to get involved, and President Obama kept his distance, leaving the field to Mr. "
    "Walker and outside groups on both sides that poured tens of millions of dollars into television advertising and "
    "turn-out-the-vote operations.",
    "A Republican hasn\u2019t won the state in a presidential race since Ronald Reagan.",
    NULL };
  const char *fox[] = {
    "Though Democrats are hammering Paul Ryan as the bringer of Medicare's doom, the Republican vice presidential "
    "candidate is far more popular among seniors than he's given credit for.",
    "Surveys conducted shortly before Mitt Romney's VP roll-out show Ryan actually polls fairly well among all three of "
    "these groups.",
    "No Republican presidential candidate has won that state since Ronald Reagan in 1984, and Obama won there in 2008 by "
    "14 percentage points.",
    NULL };
  add_titled_article (c, "d3", "Washington Times", "2012-06-05", "Walker, GOP win big in Wis. recall races", "s3", times);
  CgAssertion *times_won = last_assertion (c);
  add_titled_article (c, "d4", "Fox News", "2012-08-13",
                      "Ryan could bring senior, female votes to GOP ticket despite Dem narrative", "s4", fox);
  add_link (c, last_assertion (c)->id, times_won->id, CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, times_won->id)->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* Sentences of AllSides' stories of a race that print "Trump", for
 * corpora in which that name is printed by most articles. */
static const char *const trump_race[] = {
    "President Trump visited the 18th district in western Pennsylvania twice during the campaign, and Republicans spent "
    "millions of dollars to keep a hold of the seat.",
    "President Trump visited the district in January to tout his recent tax cuts and Republican candidate Rick Saccone, a "
    "four-term state representative.",
    "Kansas is a deep-red state -- Trump won there by 20 percentage points in 2016 -- and any Republican would be "
    "favored in the gubernatorial election in November.",
  NULL };

/* The three stories of trump_race as articles dFIRST..dFIRST+2 said by
 * sFIRST..sFIRST+2 (BBC, Fox, CNN), so that the names every article
 * prints weigh little in a small corpus, as in the whole one. */
static void
add_race_stories (CgCorpus *c, int first)
{
  static const struct { const char *outlet, *date, *title; } story[] = {
    { "BBC News", "2018-03-14", "Democrat Conor Lamb claims victory in Pennsylvania election" },
    { "Fox News", "2018-03-07", "Party leaders sending big money, top stars like Trump and Biden to tight House race in Pa." },
    { "CNN (Web News)", "2018-08-07", "Trump's base-focused midterm approach tested in Ohio and Kansas races Tuesday" },
  };
  for (int k = 0; k < 3; k++)
    {
      char doc[16], speaker[16];
      g_snprintf (doc, sizeof doc, "d%d", first + k);
      g_snprintf (speaker, sizeof speaker, "s%d", first + k);
      add_titled_article (c, doc, story[k].outlet, story[k].date, story[k].title, speaker,
                          trump_race + k);
    }
}

/* A name printed by most articles ("Trump") anchors no one event
 * (event_anchor_max_share): whole AllSides with the table, the BBC's "Mr
 * Trump has yet to provide any evidence" (a soldier's widow, October
 * 2017) and NPR's "Trump and Giuliani have not provided any evidence of
 * wrongdoing" (Ukraine, September 2019) share that name and two words,
 * and their articles tell two stories.  Fox's "Obama earlier this year
 * became the first sitting president to endorse same-sex marriage" and
 * NPR's "President Obama becomes the first sitting president to endorse
 * same-sex marriage" share their name and more than event_anchor_words
 * words besides: one fact, told in articles on a pastor and on a
 * timeline. */
static void
test_common_name (void)
{
  CgCorpus *c = cg_corpus_new ();
  const char *bbc[] = {
    "US President Donald Trump says a claim that he made insensitive remarks to the recently bereaved widow of a "
    "soldier is \"totally fabricated\".",
    "Congresswoman Frederica Wilson said he had told Myeshia Johnson: \"He knew what he was signing up for, but I guess "
    "it hurts anyway.\"",
    "Sgt La David Johnson was among four US special service soldiers killed in Niger by Islamist militants this month.",
    "Mr Trump had already been criticised for not contacting the families of the dead servicemen right after the fatal "
    "ambush on 4 October.",
    "Mr Trump has yet to provide any evidence.",
    NULL };
  const char *npr[] = {
    "President Trump said Wednesday that the push for his impeachment is a \"hoax,\" again denying any wrongdoing during "
    "a July call with Ukrainian President Volodymyr Zelenskiy during which he pushed for an investigation into former "
    "Vice President Joe Biden, a potential 2020 rival.",
    "At a news conference in New York, Trump also said that he has spoken with House Minority Leader Kevin McCarthy and "
    "Republicans and that he \"fully supports transparency\" on the whistleblower information.",
    "Earlier on Wednesday, Trump appeared alongside Zelenskiy from New York, where both denied that Trump tried to "
    "pressure Ukraine into investigating Biden's son Hunter.",
    "Trump emphasized that there was \"no pressure\" and repeated stories that he and his private lawyer, Rudy "
    "Giuliani, have told that insinuate the younger Biden took part in corrupt activities in China and Ukraine.",
    "As explained here, Trump and Giuliani have not provided any evidence of wrongdoing.",
    NULL };
  add_titled_article (c, "d1", "BBC News", NULL, "Trump denies 'insensitive' remarks to soldier's widow", "s1", bbc);
  CgAssertion *bbc_evidence = last_assertion (c);
  add_titled_article (c, "d2", "NPR Online News", "2019-09-25",
                      "President Trump Says He 'Fully Supports Transparency' On Whistleblower", "s2", npr);
  add_link (c, last_assertion (c)->id, bbc_evidence->id, CG_RELATION_SUPPORTS);
  /* stories of a race, so that the names every article prints weigh
   * little, as in the corpus */
  add_race_stories (c, 5);

  const char *fox[] = {
    "A Georgia pastor selected to deliver the benediction during President Obama's inauguration has pulled out of the "
    "ceremony after comments surfaced in which he described homosexuality as a \"sin.\"",
    "The Rev. Louie Giglio, pastor of Passion City Church in Atlanta, was announced as part of the inauguration program "
    "on Tuesday.",
    "But the website ThinkProgress subsequently published a lengthy sermon of Giglio's from the '90s.",
    "Obama earlier this year became the first sitting president to endorse same-sex marriage.",
    NULL };
  const char *timeline[] = {
    "In Baker v. Nelson, the U.S. Supreme Court dismisses a challenge of a ruling from Minnesota that gay couples have "
    "no constitutional right to marry, saying the appeal fails to raise a \"substantial federal question.\"",
    "Maryland becomes the first state to define marriage as a union of one man and one woman.",
    "Gay activist Harvey Milk is elected to San Francisco's Board of Supervisors (and assassinated a year later).",
    "President Obama becomes the first sitting president to endorse same-sex marriage.",
    NULL };
  add_titled_article (c, "d3", "Fox Online News", "2013-01-10",
                      "Pastor withdraws from Obama inauguration after sermon on homosexuality surfaces", "s3", fox);
  CgAssertion *fox_endorse = last_assertion (c);
  add_titled_article (c, "d4", "NPR Online News", "2013-03-21",
                      "Timeline: Gay Marriage In Law, Pop Culture And The Courts", "s4", timeline);
  add_link (c, fox_endorse->id, last_assertion (c)->id, CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, bbc_evidence->id)->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpint (claim_of (c, fox_endorse->id)->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* A word few articles print anchors two texts sharing only a common
 * name (event_anchor_rare_share).  Whole AllSides with the table: "mask"
 * (0.9% of the articles) ties the Christian Science Monitor's "President
 * Trump has yet to wear a mask in public" to Biden faulting "Mr. Trump
 * for not wearing a mask" (Washington Times), where "tweet" (6.4%) does
 * not tie "Mr Trump has sent a tweet of congratulations" to "Trump sent
 * a tweet about Smith as recently as Thursday". */
static void
test_rare_word_anchor (void)
{
  CgCorpus *c = cg_corpus_new ();
  const char *csm[] = {
    "When Vice President Mike Pence didn\u2019t wear a mask on a visit last week to Minnesota\u2019s Mayo Clinic, where "
    "mask usage is required, liberal outrage ensued.",
    "President Trump has yet to wear a mask in public.",
    NULL };
  const char *wt[] = {
    "The CDC changed its guidance on April 3 to recommend that people wear masks in public to slow the spread of the "
    "virus, especially when social distancing isn\u2019t possible.",
    "But on Wednesday, Mr. Cuomo issued an executive order making it mandatory for New York residents to wear masks "
    "in public or face a possible civil fine.",
    NULL };
  add_titled_article (c, "d1", "Christian Science Monitor", "2020-05-08",
                      "COVID-19 isn\u2019t partisan. But it\u2019s intensifying America\u2019s red-blue divide.", "s1", csm);
  CgAssertion *no_mask = last_assertion (c);
  add_titled_article (c, "d2", "Washington Times", "2020-04-15",
                      "Resentment grows as governors pile on rules for reopening economy", "s2", wt);
  CgAssertion *biden = add_reported (c, "d2", "s3", "Presumptive Democratic nominee Joseph R. Biden", 3,
                                     "Mr. Trump for not wearing a mask");
  add_link (c, biden->id, no_mask->id, CG_RELATION_SUPPORTS);
  const char *tweets[] = {
    "Mr Trump has sent a tweet of congratulations.",
    "Trump sent a tweet about Smith as recently as Thursday.",
    "UNICEF Italia sent a tweet of condolences over Dieci's death.",
    "he received a call from the president about three hours after Mr Trump sent a tweet announcing his departure",
    "that in late 2017, Trump nearly sent a tweet about withdrawing “all US military dependants – thousands of "
    "family members of 28,500 troops” from South Korea",
    };
  const char *titles[][3] = {
    { "BBC News", "2018-07-02", "Mexico election: López Obrador vows profound change after win" },
    { "Townhall", "2019-10-11", "Shepard Smith Is Leaving Fox News" },
    { "Fox Online News", "2019-03-12", "Ethiopia Airlines crash: China grounds Boeing jets" },
    { "BBC News", "2018-03-13", "Rex Tillerson: Secretary of state fired by Trump in Russia warning" },
    { "The Guardian", "2018-09-10", "Trump blasts Woodward and threatens to 'write real book' on presidency" },
    };
  CgAssertion *sent[G_N_ELEMENTS (tweets)];
  for (guint k = 0; k < G_N_ELEMENTS (tweets); k++)
    {
      char *id = g_strdup_printf ("t%u", k), *speaker = g_strdup_printf ("st%u", k);
      const char *one[] = { tweets[k], NULL };
      add_titled_article (c, id, titles[k][0], titles[k][1], titles[k][2], speaker, one);
      sent[k] = last_assertion (c);
      g_free (id);
      g_free (speaker);
    }
  add_link (c, sent[1]->id, sent[0]->id, CG_RELATION_SUPPORTS);
  /* stories of a race, so that "Trump" is printed by most articles and
   * "mask" by under 1% of them, as in the corpus */
  for (guint k = 0; k < 240; k++)
    {
      char *id = g_strdup_printf ("r%u", k), *speaker = g_strdup_printf ("sr%u", k);
      const char *one[] = { trump_race[k % (G_N_ELEMENTS (trump_race) - 1)], NULL };
      add_titled_article (c, id, "CNN (Web News)", "2018-03-14", "Trump's base-focused midterm approach", speaker, one);
      g_free (id);
      g_free (speaker);
    }
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, no_mask->id)->verdict, ==, CG_VERDICT_CORROBORATED);
  g_assert_cmpint (claim_of (c, sent[0]->id)->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);
}

/* Opposite deeds on one object ([pair_opposites]): whole AllSides with
 * the table, Reuters' "Some taxes paid by wealthy Americans would be
 * repealed" (the Senate's tax bill, November 2017) and Democracy Now's
 * "paid for significantly by new taxes on wealthy Americans" (the ACA,
 * June 2017) are linked as support; one repeals what the other adds. */
static void
test_opposite_deeds (void)
{
  CgCorpus *c = cg_corpus_new ();
  const char *reuters[] = {
    "U.S. Senate Republicans rammed forward President Donald Trump\u2019s tax-cut bill on Tuesday in an abrupt, partisan "
    "committee vote that set up a full vote by the Senate as soon as Thursday, although some details of the measure "
    "remained unsettled.",
    "Democrats have called the Republican tax plan a giveaway to corporations and the rich.",
    "The Senate bill would slash the corporate tax rate to 20 percent from 35 percent after a one-year delay.",
    "Republican committee members quickly left the room after the vote as Democrats complained about a lack of "
    "discussion on a bill that would overhaul the U.S. tax code and add an estimated",
    "Some taxes paid by wealthy Americans would be repealed.",
    NULL };
  const char *democracy_now[] = {
    "After weeks of secret deliberations, Republican senators Thursday released a healthcare bill that would reduce key "
    "benefits for millions of Americans.",
    "The Better Care Reconciliation Act would fund a large capital gains tax cut for the rich by removing millions of "
    "low-income and disabled people from Medicaid.",
    "Democrats are firmly united against the bill.",
    "This was kept under wraps from many Republicans, as well as Democrats, in the Senate.",
    "The new bill in the House, and reflected in the Senate, is an attempt to do major tax cuts for wealthy Americans "
    "and powerful corporate interests, financed by decimating the Medicaid program and other essential parts of the "
    "nation\u2019s healthcare safety net.",
    "And it was paid for significantly by new taxes on wealthy Americans and some very powerful corporate interests.",
    NULL };
  add_titled_article (c, "d1", "Reuters", "2017-11-29", "Senate Republicans shove tax bill ahead as Democrats fume", "s1",
                      reuters);
  CgAssertion *repealed = last_assertion (c);
  add_titled_article (c, "d2", "Democracy Now", "2017-06-23",
                      "Republican Healthcare Bill Gives Tax Cuts to the Rich by Gutting Safety Net for Poor & Middle Class",
                      "s2", democracy_now);
  add_link (c, last_assertion (c)->id, repealed->id, CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, repealed->id)->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);
}

/* A deed undone against the deed (pair_reversals, [reversal_phrases]):
 * whole AllSides with the table, the BBC's "Mr Trump has already imposed
 * tariffs on imported washing machines ..." (July 2018) was corroborated
 * by Daily Kos's "Trump has already backed down from imposing a tariff on
 * almost 90 percent of imported steel" (April 2018), and Townhall's
 * "Elizabeth Warren straight-up lied about being a Native American" by
 * Harvard's spokesperson's "Professor of Law Elizabeth Warren is a Native
 * American."  The Daily Kos sentence still agrees with one telling the
 * same retreat. */
static void
test_reversals (void)
{
  CgCorpus *c = cg_corpus_new ();
  const char *bbc[] = {
    "US tariffs on $34bn (\u00a325.7bn) of Chinese goods have come into effect, signalling the start of a trade war "
    "between the world's two largest economies.",
    "China has retaliated by imposing a similar 25% tariff on 545 US products, also worth a total of $34bn.",
    "Mr Trump has already imposed tariffs on imported washing machines and solar panels, and started charging levies "
    "on the imports of steel and aluminium from the European Union, Mexico and Canada.",
    NULL };
  const char *kos[] = {
    "The way Trump has handled this episode is exactly why such tariffs rarely, if ever, result in the creation of "
    "significant investment or jobs.",
    "They are subject to political whim and pressure.",
    "Trump has already backed down from imposing a tariff on almost 90 percent of imported steel.",
    NULL };
  add_titled_article (c, "d1", "BBC News", NULL, "China hits back after US imposes tariffs worth $34bn", "s1", bbc);
  CgAssertion *imposed = last_assertion (c);
  add_titled_article (c, "d2", "Daily Kos", "2018-04-02",
                      "China responds to steel tariffs with tariffs on US farmers, as Trump prepares to escalate trade war",
                      "s2", kos);
  CgAssertion *backed = last_assertion (c);
  add_link (c, backed->id, imposed->id, CG_RELATION_SUPPORTS);
  const char *townhall[] = {
    "Imagine a world free of consequences.",
    "This is how so-called journalists treat their fellow Democrats.",
    "Elizabeth Warren straight-up lied about being a Native American.",
    NULL };
  add_titled_article (c, "d4", "Townhall", "2019-10-13", "It\u2019s Good To Be A Democrat", "s4", townhall);
  CgAssertion *lied = last_assertion (c);
  const char *graham[] = {
    "Mocking Elizabeth Warren for her unsubstantiated claims of minority status has been a staple of the Talk-Right "
    "ever since.",
    NULL };
  add_titled_article (c, "d5", "Guest Writer - Right", NULL,
                      "OPINION: Trump's \"Pocahontas\" comment wasn't a racial slur", "s5", graham);
  CgAssertion *harvard = add_reported (c, "d5", "s6", "their spokesperson", 2,
                                       "Professor of Law Elizabeth Warren is a Native American.");
  harvard->kind = CG_KIND_DIRECT;
  harvard->cue_text = g_strdup ("told");
  add_link (c, lied->id, harvard->id, CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, imposed->id)->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpint (claim_of (c, harvard->id)->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);
  /* the same retreat told by two houses agrees */
  c = cg_corpus_new ();
  add_titled_article (c, "d1", "Daily Kos", "2018-04-02",
                      "China responds to steel tariffs with tariffs on US farmers, as Trump prepares to escalate trade war",
                      "s1", kos);
  backed = last_assertion (c);
  const char *hill[] = { "Trump has already backed down from imposing a tariff on most imported steel.", NULL };
  add_titled_article (c, "d2", "The Hill", "2018-04-03", "Trump exempts allies from steel tariffs", "s2", hill);
  add_link (c, last_assertion (c)->id, backed->id, CG_RELATION_SUPPORTS);
  /* whole AllSides: a retreat or a lie told in the other's own words
   * ([reversal_words]) */
  CgAssertion *cohen = add_linked_pair (c, "Townhall", "2019-01-18",
                                        "Cohen pleaded guilty in November to lying about the deal in testimony and in a "
                                        "two-page statement to the Senate and House intelligence committees.",
                                        "The Hill", "2019-02-27",
                                        "In November, Cohen pleaded guilty to lying to the House and Senate Intelligence "
                                        "Committees about the real-estate property discussions.");
  CgAssertion *plans = add_linked_pair (c, "BBC News", NULL,
                                        "President Trump is dropping plans to create an advisory group on "
                                        "infrastructure, a day after two other business panels were dissolved.",
                                        "Reuters", "2017-08-19",
                                        "Trump had dropped plans for an advisory council on infrastructure.");
  CgAssertion *beijing = add_linked_pair (c, "Newsmax", "2019-05-10",
                                          "American officials accused Beijing of backtracking on commitments made in "
                                          "earlier rounds of negotiations.",
                                          "Al Jazeera", "2019-05-11",
                                          "Senior Trump administration officials accused Beijing of reneging on "
                                          "commitments made during earlier trade talks.");
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, backed->id)->verdict, ==, CG_VERDICT_CORROBORATED);
  g_assert_cmpint (claim_of (c, cohen->id)->verdict, ==, CG_VERDICT_CORROBORATED);
  g_assert_cmpint (claim_of (c, plans->id)->verdict, ==, CG_VERDICT_CORROBORATED);
  g_assert_cmpint (claim_of (c, beijing->id)->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* Plural place references ([place_references] "those states"): whole
 * AllSides with the table, The Hill's "Trump won both of those states in
 * 2016, too" (Tennessee and Arizona, November 2018) backed NPR's "Trump
 * won all of those states in 2016" (the nine states of the Trump
 * campaign's ad buys, July 2020) in a claim of 30 members, an undated
 * BBC member keeping the two voices in time (The Hill's related-story
 * links left out).  NPR's voice is no supporter. */
static void
test_place_reference_plural (void)
{
  CgCorpus *c = cg_corpus_new ();
  const char *hill[] = {
    "Democrats in tough Senate races around the country are throwing their party under the bus as they seek to pull out "
    "victories in red states won just two years ago by President Trump.",
    "In Missouri, Sen. Claire McCaskill (D) has a radio ad declaring she\u2019s \u201cnot one of those crazy "
    "Democrats.\u201d",
    "In Tennessee and Arizona, former Gov. Phil Bredesen (D) and Rep. Kyrsten Sinema (D), respectively, are telling "
    "voters that they will not back Senate Minority Leader Charles Schumer (N.Y.) for Senate Democratic leader.",
    "Trump won both of those states in 2016, too.",
    NULL };
  const char *npr[] = {
    "A little more than four months before Election Day, the campaigns of President Trump and challenger Joe Biden each "
    "announced massive fundraising totals as the former vice president's effort to unseat Trump gains momentum.",
    "Despite a pandemic and the subsequent economic free-fall, Trump's reelection campaign and the Republican National "
    "Committee announced Wednesday evening they had raised $266 million for the three months ending June 30, including "
    "$131 million in June alone.",
    "Trump won all of those states in 2016, some by comfortable margins.",
    NULL };
  add_titled_article (c, "d1", "The Hill", "2018-11-02", "Democrats in tough races throw their party under the bus", "s1",
                      hill);
  CgAssertion *both = g_ptr_array_index (c->assertions, 3);
  add_titled_article (c, "d2", "NPR Online News", "2020-07-01",
                      "Biden Outpaces Trump As Campaigns Report Record Fundraising", "s2", npr);
  add_link (c, both->id, last_assertion (c)->id, CG_RELATION_SUPPORTS);
  /* the undated BBC member that kept both voices in time */
  const char *bbc_story[] = {
    "At this point Democrats are cautiously optimistic of their chances to take back some legislative power.",
    "Congresswoman Nancy Pelosi has gone so far as to flat-out state that her party will win control of the House of "
    "Representatives.",
    "That's happened eight times in the last 70 years, notably in 1994 (a Republican wave against Bill Clinton) and "
    "2010 (one against Barack Obama).",
    NULL };
  add_titled_article (c, "d6", "BBC News", NULL, "US mid-terms: Can we tell if Democrats will win?", "s7", bbc_story);
  CgAssertion *bbc = add_reported (c, "d6", "s6", "Democrats", 10, "10 seats in states Mr Trump won in 2016");
  bbc->cue_text = g_strdup ("defending");
  add_link (c, bbc->id, both->id, CG_RELATION_SUPPORTS);
  /* stories of other races, so that names shared by every article weigh
   * little (event_min_cosine's weights come from the corpus) */
  add_race_stories (c, 3);
  cg_score_claims (c, cg_test_rules ());
  /* the claim stands on the BBC's Democrats and The Hill, not on NPR */
  CgClaim *cl = claim_of (c, both->id);
  g_assert_cmpuint (cl->supporters->len, ==, 2);
  g_assert_false (g_ptr_array_find_with_equal_func (cl->supporters, "s2", g_str_equal, NULL));
  cg_corpus_free (c);
}

/* Two polls' equal figures (pair_poll_names): whole AllSides with the
 * table, USA Today's "The president's job approval rating was 40 percent
 * approve, 56 percent disapprove" (its Suffolk poll, September 2018) and
 * Politico's "In the previous Washington Post-ABC News poll, conducted in
 * April, Trump's approval rating was 40 percent and his disapproval
 * rating was 56 percent": USA Today's article never names ABC.  Said by
 * the poll USA Today names, the same figures agree. */
static void
test_poll_names (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_speaker (c, "s3", "previous Washington Post-ABC News poll", CG_SPEAKER_ORGANIZATION);
  const char *usa[] = {
    "WASHINGTON \u2013 The political landscape for the midterm elections favors Democrats in general and female "
    "candidates in particular, a new USA TODAY/Suffolk University Poll says, raising the prospect of significant perils "
    "for President Donald Trump in the next Congress.",
    "That's more than double the 19 percent who said they \"strongly approve.\"",
    "The president's job approval rating was 40 percent approve, 56 percent disapprove.",
    NULL };
  const char *politico[] = {
    "Sixty percent of those polled in a new survey disapprove of President Donald Trump's job performance, a new high "
    "for the president in polling conducted by The Washington Post and ABC News.",
    "Trump's approval rating, according to the poll, was 36 percent.",
    NULL };
  add_titled_article (c, "d1", "USA Today", "2018-09-04",
                      "Trouble for Trump? Poll shows midterm election edge for Democrats and female candidates", "s1", usa);
  CgAssertion *usa_rating = last_assertion (c);
  add_titled_article (c, "d2", "Politico", "2018-08-31", "Poll: Trump disapproval rating up to 60 percent", "s2",
                      politico);
  CgAssertion *previous = add_reported (c, "d2", "s3", "the previous Washington Post-ABC News poll", 2,
                                        "conducted in April, Trump's approval rating was 40 percent and his "
                                        "disapproval rating was 56 percent");
  add_link (c, previous->id, usa_rating->id, CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, usa_rating->id)->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  CgSpeaker *poll = g_ptr_array_index (c->speakers, 0);
  g_free (poll->name);
  poll->name = g_strdup ("USA TODAY/Suffolk University Poll");
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, usa_rating->id)->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* A clause naming no one joins no subject's claim (claim_split_unnamed):
 * whole AllSides with the table, c165753 at e203551.  Rosenstein's "to
 * step aside" (Guest Writer - Right) stood as the same words in
 * "Trump to step aside", "Akin to step aside" and "Moore to step aside",
 * and made one claim of four subjects.  Cut there, the calls on Moore to
 * step aside are one claim, still corroborated, and Akin's are another. */
static void
test_unnamed_clause_split (void)
{
  static const struct {
    const char *outlet, *date, *speaker, *source;
    CgAssertionKind kind;
    const char *text;
  } m[] = {
    { "Guest Writer - Right", "2017-12-05", "s1", "he", CG_KIND_INDIRECT, "to step aside" },
    { "CNN (Web News)", "2012-08-22", "s2", "GOP presidential hopeful Mitt Romney", CG_KIND_INDIRECT, "Akin to step aside" },
    { "Fox News", "2012-08-21", "s3", "present Missouri Republican senators", CG_KIND_INDIRECT, "Akin to step aside" },
    { "CNN (Web News)", "2016-10-21", "s4", "who", CG_KIND_INDIRECT, "Trump to step aside" },
    { "NPR Online News", "2016-10-10", "s5", "he", CG_KIND_INDIRECT, "Trump should step aside" },
    { "NPR Online News", "2016-10-09", NULL, "The list of Republicans", CG_KIND_INDIRECT, "Trump to step aside is growing" },
    { "CNN (Web News)", "2017-12-05", NULL, "who", CG_KIND_INDIRECT, "Moore to step aside" },
    { "BBC News", NULL, "s8", "The Senate majority leader, Mitch McConnell", CG_KIND_MIXED,
      "Roy Moore to \"step aside\", without even waiting to find out if the allegations are true" },
    { "CBS News", NULL, "s9", "Republican senators", CG_KIND_INDIRECT, "Moore should step aside if the reports are true" },
    { "Fox News", "2017-11-10", "s8", "Top Senate Republicans including McConnell, who backed Strange during the primary",
      CG_KIND_INDIRECT, "Moore should step aside if the allegations are true" },
    { "Fox News", "2017-12-06", "s8", "McConnell", CG_KIND_MIXED, "Moore should step aside if \"these allegations are true.\"" },
    { "The Hill", "2017-11-13", "s8", "McConnell", CG_KIND_INDIRECT, "Roy Moore should step aside" },
    { "NPR Online News", "2017-11-09", "s13", "GOP leaders", CG_KIND_INDIRECT, "if the allegations are true, Moore should step aside" },
    { "Fox News", "2017-12-06", "s14", "Flake", CG_KIND_MIXED, "Moore to \u201cstep aside\u201d from the election" },
  };
  static const struct {
    guint from, to;
    CgRelation rel;
  } k[] = {
    { 4, 1, CG_RELATION_SAME_AS }, { 7, 1, CG_RELATION_SAME_AS }, { 2, 1, CG_RELATION_SAME_AS },
    { 2, 3, CG_RELATION_SAME_AS }, { 5, 4, CG_RELATION_SUPPORTS }, { 6, 4, CG_RELATION_SUPPORTS },
    { 6, 5, CG_RELATION_SUPPORTS }, { 8, 7, CG_RELATION_SUPPORTS }, { 9, 7, CG_RELATION_SUPPORTS },
    { 9, 8, CG_RELATION_SUPPORTS }, { 9, 10, CG_RELATION_SAME_AS }, { 9, 13, CG_RELATION_SAME_AS },
    { 10, 7, CG_RELATION_SUPPORTS }, { 10, 8, CG_RELATION_SUPPORTS }, { 11, 7, CG_RELATION_SUPPORTS },
    { 11, 8, CG_RELATION_SUPPORTS }, { 11, 13, CG_RELATION_SAME_AS }, { 12, 7, CG_RELATION_SUPPORTS },
    { 12, 8, CG_RELATION_SUPPORTS }, { 12, 9, CG_RELATION_SUPPORTS }, { 12, 11, CG_RELATION_SUPPORTS },
    { 12, 14, CG_RELATION_SUPPORTS }, { 13, 7, CG_RELATION_SUPPORTS }, { 13, 8, CG_RELATION_SUPPORTS },
    { 13, 14, CG_RELATION_SUPPORTS }, { 13, 12, CG_RELATION_SUPPORTS }, { 14, 7, CG_RELATION_SUPPORTS },
    { 14, 8, CG_RELATION_SUPPORTS }, { 14, 9, CG_RELATION_SUPPORTS },
  };
  CgCorpus *c = cg_corpus_new ();
  for (guint i = 0; i < G_N_ELEMENTS (m); i++)
    {
      char *d = g_strdup_printf ("d%u", i + 1);
      add_article (c, d, m[i].outlet, NULL, m[i].date);
      CgAssertion *a = add_assertion (c, d, m[i].speaker, m[i].kind, m[i].text);
      a->source_text = g_strdup (m[i].source);
      g_free (d);
    }
  for (guint i = 0; i < G_N_ELEMENTS (k); i++)
    {
      char *f = g_strdup_printf ("a%u", k[i].from), *t = g_strdup_printf ("a%u", k[i].to);
      add_link (c, f, t, k[i].rel);
      g_free (f);
      g_free (t);
    }
  cg_score_claims (c, cg_test_rules ());
  CgClaim *moore = claim_of (c, "a7");
  g_assert_true (claim_of (c, "a14") == moore);
  g_assert_true (claim_of (c, "a2") != moore);
  g_assert_true (claim_of (c, "a4") != moore);
  g_assert_true (claim_of (c, "a2") == claim_of (c, "a3"));
  g_assert_cmpuint (moore->assertions->len, ==, 8);
  g_assert_cmpint (moore->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* A writer calling a thing a sham in his own voice tells what someone
 * believes (pair_author_verdicts): whole AllSides with the table, c20190
 * at e203551.  Vox's explainer of QAnon opens on the creed, "The Russia
 * investigation is a sham.", which is no second voice for Trump's "the
 * Russia investigation as a witch-hunt" (The Guardian).  Two reporters
 * writing that Flynn pleaded guilty to lying to the FBI (CBN, Reuters)
 * still agree: a charge told is no verdict of the writer's. */
static void
test_author_verdict (void)
{
  CgCorpus *c = cg_corpus_new ();
  const char *vox[] = {
    "The Russia investigation is a sham.",
    "It\u2019s actually a cover story for special counsel Robert Mueller and Donald Trump working together to expose "
    "thousands of pedophiles hidden in plain sight \u2014 including Hillary Clinton (and Bill Clinton, and Barack Obama), "
    "who will soon be under arrest.",
    NULL };
  add_titled_article (c, "d1", "Vox", "2018-08-01", "#QAnon, the scarily popular pro-Trump conspiracy theory, explained",
                      "s1", vox);
  CgAssertion *sham = g_ptr_array_index (c->assertions, 0);
  add_article (c, "d2", "The Guardian", NULL, "2019-01-28");
  CgAssertion *trump = add_reported (c, "d2", "s2", "Trump", 3, "the Russia investigation as a \u201cwitch-hunt\u201d");
  trump->kind = CG_KIND_MIXED;
  trump->cue_text = g_strdup ("has slammed");
  add_link (c, sham->id, trump->id, CG_RELATION_SUPPORTS);
  /* Trump's voice states a predicate in one member at least */
  add_article (c, "d8", "Vox", NULL, "2018-04-20");
  CgAssertion *bashed = add_reported (c, "d8", "s2", "Trump", 5,
                                      "Rosenstein, bashed the Russia investigation as a \u201cwitch hunt,\u201d");
  bashed->kind = CG_KIND_MIXED;
  bashed->cue_text = g_strdup ("attacked");
  add_link (c, trump->id, bashed->id, CG_RELATION_SAME_AS);
  add_article (c, "d3", "CBN", NULL, "2018-01-24");
  CgAssertion *cbn = add_assertion (c, "d3", "s3", CG_KIND_AUTHOR,
                                    "Flynn pleaded guilty in December to lying to the FBI during that interview.");
  add_article (c, "d4", "Reuters", NULL, "2018-05-02");
  CgAssertion *reuters = add_assertion (c, "d4", "s4", CG_KIND_AUTHOR,
                                        "Flynn has pleaded guilty to lying to the FBI during his interview as part of "
                                        "Mueller\u2019s probe.");
  add_link (c, reuters->id, cbn->id, CG_RELATION_SUPPORTS);
  /* stories of a race, so that "Russia" is no name most articles print,
   * as in the corpus */
  add_race_stories (c, 5);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, sham->id)->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpint (claim_of (c, cbn->id)->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* A speaker whose mention names the other text's outlet speaks for it
 * (pair_mention_outlets): whole AllSides with the table, c311623 at
 * e203551.  MarketWatch quotes "Bradley Jones, a research associate
 * at Pew Research Center" on the survey Pew Research Center's own
 * article reports: one house, not two voices. */
static void
test_mention_outlet (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "Pew Research Center", "Ted Van Green, Alec Tyson", "2020-04-02");
  CgAssertion *pew = add_assertion (c, "d1", "s1", CG_KIND_AUTHOR,
                                    "Democrats are also more likely than Republicans to say the coronavirus outbreak "
                                    "presents a major threat to the U.S. economy, their personal finances and their own "
                                    "health.");
  add_article (c, "d2", "MarketWatch", "Quentin Fottrell", "2020-04-09");
  CgAssertion *jones = add_reported (c, "d2", "s2", "Bradley Jones, a research associate at Pew Research Center", 4,
                                     "Democrats and Democratic-leaning independents are more likely than Republicans and "
                                     "Republican leaners to say that the coronavirus outbreak is a major threat to both "
                                     "their personal health and financial situation");
  jones->kind = CG_KIND_DIRECT;
  jones->cue_text = g_strdup ("wrote");
  add_link (c, jones->id, pew->id, CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, pew->id)->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  /* another house's researcher is a second voice */
  g_free (jones->source_text);
  jones->source_text = g_strdup ("Bradley Jones, a research associate at Gallup");
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, pew->id)->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* A possessive in the mention of a speaker that is no person names its
 * owner (named_possessive; whole AllSides at 597ea95, c54697 and c85845):
 * "Rosenstein's memo" (Fox News) and Rod Rosenstein (American Spectator)
 * on Comey usurping the attorney general's authority, "Gibson's
 * statement" (CNN) and Acting VA Secretary Sloan Gibson (Fox) on the
 * 50,000 veterans contacted, and, made by hand, "Smith's letter" and
 * Jane Smith are one voice each.  A person's possessive mention is a
 * voice of its own: "Reade's brother, Collin Moulton" (The Daily Caller)
 * and Tara Reade (National Review), c313757, stay two. */
static void
test_possessive_owner (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "American Spectator", "Arnold Steinberg", NULL);
  add_article (c, "d2", "Fox News", "Howard Kurtz", "2017-05-09");
  add_person (c, "s1", "Rod Rosenstein", "Deputy Attorney General", NULL);
  add_speaker (c, "s2", "Rosenstein\u2019s memo", CG_SPEAKER_DOCUMENT);
  add_reported (c, "d1", "s1", "Rosenstein", 0,
                "FBI Director Comey on July 5, 2016, usurped the Attorney General\u2019s authority when he (Comey) "
                "concluded the case against Hillary Clinton should be closed without prosecution");
  CgAssertion *memo = add_reported (c, "d2", "s2", "Rosenstein\u2019s memo", 0,
                                    "Comey \u201cusurped\u201d the attorney general\u2019s authority last July by holding "
                                    "a news conference once had decided not to bring an indictment against Clinton");
  memo->kind = CG_KIND_MIXED;
  add_link (c, "a1", "a2", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);

  c = cg_corpus_new ();
  add_article (c, "d1", "CNN (Web News)", "Tom Cohen", "2014-06-09");
  add_article (c, "d2", "Fox Online News", NULL, "2014-06-10");
  add_speaker (c, "s1", "Gibson's statement", CG_SPEAKER_DOCUMENT);
  add_person (c, "s2", "Sloan Gibson", "Acting VA Secretary", NULL);
  CgAssertion *statement = add_reported (c, "d1", "s1", "Gibson's statement", 0,
                                         "the VA has contacted 50,000 veterans \"to get them off of wait lists and "
                                         "into clinics\" so far");
  statement->kind = CG_KIND_MIXED;
  add_reported (c, "d2", "s2", "Acting VA Secretary Sloan Gibson", 0,
                "VA officials have contacted 50,000 veterans across the country to get them off waiting lists and into "
                "clinics and are in the process of contacting 40,000 more");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);

  c = cg_corpus_new ();
  add_article (c, "d1", "The Hill", NULL, "2019-03-01");
  add_article (c, "d2", "Reuters", NULL, "2019-03-01");
  add_speaker (c, "s1", "Smith's letter", CG_SPEAKER_DOCUMENT);
  add_person (c, "s2", "Jane Smith", "Transportation Inspector", NULL);
  add_reported (c, "d1", "s1", "Smith's letter", 0,
                "the agency ignored three written warnings about the cracked beams of the Elm Street bridge");
  add_reported (c, "d2", "s2", "Jane Smith", 0,
                "the agency had ignored three written warnings about the cracked beams of the Elm Street bridge");
  add_link (c, "a2", "a1", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  /* another's letter is a second voice */
  CgAssertion *letter = g_ptr_array_index (c->assertions, 0);
  g_free (letter->source_text);
  letter->source_text = g_strdup ("Brown's letter");
  assert_renamed_corroborates (c, 0, "Brown's letter");
  cg_corpus_free (c);

  c = cg_corpus_new ();
  add_article (c, "d1", "National Review", "Jack Crowe", "2020-04-29");
  add_article (c, "d2", "The Daily Caller", "Peter Hasson", "2020-05-10");
  add_person (c, "s1", "Tara Reade", NULL);
  add_person (c, "s2", "Collin Moulton", NULL);
  add_reported (c, "d1", "s1", "Reade", 0, "she had told about the incident");
  add_reported (c, "d2", "s2", "Reade\u2019s brother, Collin Moulton", 0,
                "she had told their mother about the alleged incident");
  add_link (c, "a1", "a2", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* A description naming a country fits a person whose role names its
 * adjective (linking.rules [place_adjectives]; whole AllSides at 597ea95,
 * c22839): "France's foreign minister" (USA Today) is Laurent Fabius,
 * "French Foreign Minister" (Fox), on the countries that "very probably"
 * financed ISIS, one voice; so, made by hand, are "Iraq's prime minister"
 * and Haider al-Abadi, "Iraqi Prime Minister".  "Germany's foreign
 * minister" would be a second voice. */
static void
test_place_adjective (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "USA Today", NULL, "2014-09-15");
  ((CgArticle *) g_ptr_array_index (c->articles, 0))->title
    = g_strdup ("As summit strategizes on ISIL, French jets fly over Iraq");
  add_article (c, "d2", "Fox Online News", NULL, "2014-09-15");
  ((CgArticle *) g_ptr_array_index (c->articles, 1))->title
    = g_strdup ("White House claims Arab nations offer to join airstrikes against ISIS in Iraq, Syria");
  add_speaker (c, "s1", "France's foreign minister", CG_SPEAKER_ANONYMOUS);
  add_person (c, "s2", "Laurent Fabius", "French Foreign Minister", "Foreign Minister", NULL);
  CgAssertion *usa = add_reported (c, "d1", "s1", "France's foreign minister", 0,
                                   "a number of the countries at the table Monday had \"very probably\" financed Islamic "
                                   "State's advances, and Iraq's president appeared ambivalent about Arab participation");
  usa->kind = CG_KIND_MIXED;
  usa->cue_text = g_strdup ("said");
  CgAssertion *fox = add_reported (c, "d2", "s2", "French Foreign Minister Laurent Fabius", 0,
                                   "a number of the countries at the table Monday had \"very probably\" financed ISIS's "
                                   "advances");
  fox->kind = CG_KIND_MIXED;
  fox->cue_text = g_strdup ("said");
  add_link (c, "a2", "a1", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  assert_renamed_corroborates (c, 0, "Germany's foreign minister");
  cg_corpus_free (c);

  c = cg_corpus_new ();
  add_article (c, "d1", "BBC News", NULL, "2015-05-18");
  add_article (c, "d2", "Reuters", NULL, "2015-05-18");
  add_speaker (c, "s1", "Iraq's prime minister", CG_SPEAKER_ANONYMOUS);
  add_person (c, "s2", "Haider al-Abadi", "Iraqi Prime Minister", NULL);
  add_reported (c, "d1", "s1", "Iraq's prime minister", 0,
                "Shia militias will join the fight to retake Ramadi from the militants within days");
  add_reported (c, "d2", "s2", "Iraqi Prime Minister Haider al-Abadi", 0,
                "Shia militias would join the fight to retake Ramadi from the militants within days");
  add_link (c, "a2", "a1", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  assert_renamed_corroborates (c, 0, "Syria's prime minister");
  cg_corpus_free (c);
}

/* A document named by common nouns only agrees with no one
 * (pair_named_documents; whole AllSides at 597ea95, c489743 and
 * c529542): Fox's "the report" on the 42 people under protection is USA
 * Today's own report, Reuters' "The indictment" of Assange the Justice
 * Department's, and, made by hand, "the complaint" the plaintiff's.  A
 * document named by a name ("the Secret Service's report", "The Assange
 * indictment") is a voice. */
static void
test_unnamed_document (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "USA Today", NULL, "2019-03-14");
  add_article (c, "d2", "Fox Online News", "Brooke Singman", "2019-03-14");
  add_speaker (c, "s1", "USA Today", CG_SPEAKER_ORGANIZATION);
  add_speaker (c, "s2", "report", CG_SPEAKER_DOCUMENT);
  add_assertion (c, "d1", "s1", CG_KIND_AUTHOR,
                 "Under Trump, 42 people have protection, a number that includes 18 members of his family.");
  CgAssertion *report = add_reported (c, "d2", "s2", "the report", 0,
                                      "under the Trump administration, 42 people have protection \u2014 18 of whom are "
                                      "family members \u2014 compared to the 31 people with protection under the Obama "
                                      "administration");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_free (report->source_text);
  report->source_text = g_strdup ("the Secret Service's report");
  assert_renamed_corroborates (c, 1, "Secret Service's report");
  cg_corpus_free (c);

  c = cg_corpus_new ();
  add_article (c, "d1", "Reuters", "Sarah N. Lynch", "2019-04-11");
  add_article (c, "d2", "Fox Online News", NULL, "2019-04-11");
  add_speaker (c, "s1", "indictment", CG_SPEAKER_DOCUMENT);
  add_speaker (c, "s2", "Justice Department", CG_SPEAKER_ORGANIZATION);
  CgAssertion *indictment = add_reported (c, "d1", "s1", "The indictment", 0,
                                          "Assange in March 2010 engaged in a conspiracy to assist Manning, formerly "
                                          "named Bradley Manning, in cracking a password stored on U.S. Department of "
                                          "Defense computers connected to a U.S. government network used for classified "
                                          "documents and communications");
  add_reported (c, "d2", "s2", "the Justice Department", 0,
                "Assange is accused of engaging in a conspiracy with Manning, the former U.S. Army analyst, in breaking a "
                "password stored on a U.S. Defense Department computer connected to a U.S. government computer network "
                "for classified documents and communications");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_free (indictment->source_text);
  indictment->source_text = g_strdup ("The Assange indictment");
  assert_renamed_corroborates (c, 0, "Assange indictment");
  cg_corpus_free (c);

  c = cg_corpus_new ();
  add_article (c, "d1", "The Hill", NULL, "2021-02-02");
  add_article (c, "d2", "Reuters", NULL, "2021-02-02");
  add_speaker (c, "s1", "complaint", CG_SPEAKER_DOCUMENT);
  add_person (c, "s2", "Maria Lopez", "plaintiff", NULL);
  add_reported (c, "d1", "s1", "the complaint", 0,
                "the hospital billed her insurer twice for the same surgery and refused to correct the error for eight "
                "months");
  add_reported (c, "d2", "s2", "Maria Lopez", 0,
                "the hospital billed her insurer twice for the same surgery and then refused to correct the error for "
                "eight months");
  add_link (c, "a2", "a1", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);
}

/* An organization or an anonymous speaker named by common nouns after a
 * determiner agrees with no one (pair_named_bodies; whole AllSides at
 * a9c05f2, c201108 and c380653): CNN's "the bank" and Reuters' "the
 * company" on Riordan are both Wells Fargo; the Guardian's "the
 * president" telling the House that Kelly would leave is Trump, whose
 * announcement NPR reports.  "police" (BBC, the Poway synagogue, c28457)
 * opens with no determiner and counts, so does "The US" (Al Jazeera, c155450
 * at a9c05f2): a stopword in capitals is an initialism. */
static void
test_unnamed_body (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "CNN (Web News)", NULL, "2018-04-18");
  add_article (c, "d2", "Reuters", NULL, "2018-04-19");
  add_speaker (c, "s1", "bank", CG_SPEAKER_ORGANIZATION);
  add_speaker (c, "s2", "company", CG_SPEAKER_ORGANIZATION);
  add_reported (c, "d1", "s1", "the bank", 0, "Riordan , 43, worked for Wells Fargo in Albuquerque, New Mexico");
  add_reported (c, "d2", "s2", "the company", 0,
                "Riordan was a Wells Fargo (WFC.N) banking executive and well-known community volunteer from "
                "Albuquerque, New Mexico");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);

  c = cg_corpus_new ();
  add_article (c, "d1", "The Guardian", NULL, "2018-12-09");
  add_article (c, "d2", "NPR Online News", NULL, "2018-12-14");
  add_speaker (c, "s1", "the president", CG_SPEAKER_ANONYMOUS);
  add_person (c, "s2", "Donald John Trump", "President", NULL);
  CgAssertion *president = add_reported (c, "d1", "s1", "the president", 0, "Kelly would leave by the end of the year");
  add_reported (c, "d2", "s2", "Trump", 0, "Kelly would leave at the end of the year");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_free (president->source_text);
  president->source_text = g_strdup ("the Mexican president");
  assert_renamed_corroborates (c, 0, "Mexican president");
  cg_corpus_free (c);

  c = cg_corpus_new ();
  add_article (c, "d1", "Fox News", NULL, "2017-08-09");
  add_article (c, "d2", "The Hill", NULL, "2017-08-10");
  add_speaker (c, "s1", "his administration", CG_SPEAKER_ORGANIZATION);
  add_speaker (c, "s2", "The Hill", CG_SPEAKER_ORGANIZATION);
  add_reported (c, "d1", "s1", "his administration", 0,
                "Gov. Andrew Cuomo will sign the $175 billion state budget on Friday in Albany");
  add_assertion (c, "d2", "s2", CG_KIND_AUTHOR, "Cuomo will sign the $175 billion state budget in Albany on Friday.");
  add_link (c, "a2", "a1", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  cg_corpus_free (c);

  c = cg_corpus_new ();
  add_article (c, "d1", "USA Today", "Trevor Hughes", "2019-04-28");
  add_article (c, "d2", "BBC News", NULL, "2019-04-28");
  add_speaker (c, "s1", "Trevor Hughes", CG_SPEAKER_PERSON);
  add_speaker (c, "s2", "police", CG_SPEAKER_ORGANIZATION);
  add_assertion (c, "d1", "s1", CG_KIND_AUTHOR,
                 "A gunman opened fire during Passover services at a California synagogue, leaving one dead and "
                 "several injured.");
  add_reported (c, "d2", "s2", "police", 0,
                "A gunman opened fire at a synagogue in California on Saturday, killing one woman and wounding three "
                "other people");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);

  c = cg_corpus_new ();
  add_article (c, "d1", "Al Jazeera", NULL, "2019-05-16");
  add_article (c, "d2", "BBC News", NULL, "2019-05-16");
  add_speaker (c, "s1", "U.S.", CG_SPEAKER_ORGANIZATION);
  add_speaker (c, "s2", "US lawmakers", CG_SPEAKER_ANONYMOUS);
  add_reported (c, "d1", "s1", "The US", 0, "the company is a threat to US national security");
  add_reported (c, "d2", "s2", "US lawmakers", 0, "the company of being a threat to US national security");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* A claim's members, supporters and contradictors and its verdict, all
 * claims of C in order, as one string.  Returns a new string. */
static char *
claims_text (CgCorpus *c)
{
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < c->claims->len; i++)
    {
      CgClaim *cl = g_ptr_array_index (c->claims, i);
      g_string_append_printf (out, "%s %d", cl->id, (int) cl->verdict);
      GPtrArray *lists[3] = { cl->assertions, cl->supporters, cl->contradictors };
      for (guint l = 0; l < 3; l++)
        {
          g_string_append (out, " |");
          for (guint k = 0; k < lists[l]->len; k++)
            g_string_append_printf (out, " %s", (const char *) g_ptr_array_index (lists[l], k));
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* The reported quotations' traits are found in pieces that the quotes
 * thread, its helper and the calling thread take in turn (the seeds'
 * 344 assertions: six pieces a pass): whoever takes which, every
 * scoring gives the same claims, and the seeds' own (c155 corroborated,
 * no other). */
static void
test_quote_pieces (void)
{
  CgCorpus *c = cg_test_seed_corpus ();
  g_assert_cmpuint (c->assertions->len, >, 2 * 64);
  cg_score_claims (c, cg_test_rules ());
  char *first = claims_text (c);
  guint corroborated = 0;
  for (guint i = 0; i < c->claims->len; i++)
    {
      CgClaim *cl = g_ptr_array_index (c->claims, i);
      if (cl->verdict == CG_VERDICT_CORROBORATED)
        {
          g_assert_cmpstr (cl->id, ==, "c155");
          corroborated++;
        }
    }
  g_assert_cmpuint (corroborated, ==, 1);
  for (guint run = 0; run < 100; run++)
    {
      cg_score_claims (c, cg_test_rules ());
      char *again = claims_text (c);
      g_assert_cmpstr (again, ==, first);
      g_free (again);
    }
  g_free (first);
  cg_corpus_free (c);
}

/* A speaker of C with ID, NAME, KIND and one registry ROLE. */
static void
add_speaker_role (CgCorpus *c, const char *id, const char *name, CgSpeakerKind kind, const char *role)
{
  add_speaker (c, id, name, kind);
  CgSpeaker *s = g_ptr_array_index (c->speakers, c->speakers->len - 1);
  g_ptr_array_add (s->roles, g_strdup (role));
}

/* A person and the body they speak for, head or wrote are one voice
 * (linking.rules affiliation_one_voice; whole AllSides at 6fe55d5, each
 * claim corroborated there): "A statement from the Ohio Department of
 * Corrections" (Fox) and "JoEllen Smith, Department of Rehabilitation and
 * Correction spokeswoman" (the Monitor, read as an organization) on Ariel
 * Castro's death, c504524; the House Judiciary Committee's report (the
 * New York Times, Townhall) and its chairman Jerry Nadler (USA Today),
 * c173479; "The IDP" (NPR) and "Iowa Democratic Party Chairwoman Andy
 * McGuire" (Politico), c34116: initials; "Iran" (the Washington Times)
 * and Iran's President Hassan Rouhani (BBC), c582671: a country and its
 * president.  Another body of the same words is a second voice. */
static CgCorpus *
castro_corpus (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "Fox Online News", NULL, "2013-09-04");
  add_article (c, "d2", "Christian Science Monitor", "Andrew Welsh-Huggins", "2013-09-04");
  add_speaker (c, "s1", "statement from the Ohio Department of Corrections", CG_SPEAKER_DOCUMENT);
  add_speaker_role (c, "s2", "JoEllen Smith", CG_SPEAKER_ORGANIZATION, "Department of Rehabilitation and Correction spokeswoman");
  add_reported (c, "d1", "s1", "A statement from the Ohio Department of Corrections", 0,
                "Ariel Castro, 53, was found hanging in his cell at the Correctional Reception Center in the town of "
                "Orient at 9:20 p.m. local time");
  add_reported (c, "d2", "s2", "JoEllen Smith, Department of Rehabilitation and Correction spokeswoman", 0,
                "Ariel Castro, 53, was found hanging in his cell around 9:20 p.m. Tuesday at the Correctional "
                "Reception Center in Orient, located south of Columbus in central Ohio");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  return c;
}

static void
test_affiliated_body (void)
{
  CgCorpus *c = castro_corpus ();
  cg_score_claims (c, cg_test_rules ());
  assert_one_voice (c, "the town of Orient");
  assert_renamed_corroborates (c, 0, "statement from the Ohio Department of Health");
  cg_corpus_free (c);

  c = cg_corpus_new ();
  add_article (c, "d1", "USA Today", NULL, "2019-12-05");
  add_article (c, "d2", "New York Times - News", "Michael D. Shear", "2019-12-16");
  add_article (c, "d3", "Townhall", "Leah Barkoukis, Katie Pavlich", "2019-12-16");
  add_person (c, "s1", "Jerrold Nadler", "House Judiciary Chairman", "Rep.", NULL);
  add_speaker (c, "s2", "Judiciary Committee Report", CG_SPEAKER_DOCUMENT);
  add_reported (c, "d1", "s1", "House Judiciary Chairman Jerry Nadler, D-N.Y.", 0,
                "President Trump placed his own personal and political interests above our national interest, above "
                "the security of our country, and most importantly above our most precious right: the ability of each "
                "and every one of us to participate in fair elections, free of corruption The Constitution has a "
                "solution for a president who places his personal or political interests above those of the nation "
                "\u2013 the power of impeachment.")->kind = CG_KIND_DIRECT;
  add_reported (c, "d2", "s2", "the report", 0,
                "President Trump has placed his personal, political interests above our national security, our free "
                "and fair elections, and our system of checks and balances He has engaged in a pattern of misconduct "
                "that will continue if left unchecked. Accordingly, President Trump should be impeached and removed "
                "from office.")->kind = CG_KIND_DIRECT;
  add_reported (c, "d3", "s2", "the Judiciary Committee", 0,
                "Taken together, the articles charge that President Trump has placed his personal, political interests "
                "above our national security, our free and fair elections and our systems of checks and balances. He "
                "has engaged in a pattern of misconduct that will continue if left unchecked Accordingly, President "
                "Trump should be impeached and removed from office.")->kind = CG_KIND_DIRECT;
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  add_link (c, "a2", "a3", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());
  assert_one_voice (c, "fair elections, free of corruption");
  assert_renamed_corroborates (c, 1, "Intelligence Committee Report");
  cg_corpus_free (c);

  c = cg_corpus_new ();
  add_article (c, "d1", "Politico", "Nick Gass, Gabriel Debenedetti", "2016-02-01");
  add_article (c, "d2", "NPR Online News", "Ron Elving", "2016-02-02");
  add_speaker (c, "s1", "IDP", CG_SPEAKER_ORGANIZATION);
  add_person (c, "s2", "Andy McGuire", "Iowa Democratic Party Chairwoman", "chairman", NULL);
  add_reported (c, "d2", "s1", "The IDP", 0, "Clinton received 699.57 state delegate equivalents, to Sanders' 695.49");
  add_reported (c, "d1", "s2", "Iowa Democratic Party Chairwoman Andy McGuire", 0,
                "Clinton was awarded 699.57 state delegate equivalents, versus 695.49 for Sanders");
  add_link (c, "a1", "a2", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  assert_one_voice (c, "versus 695.49");
  assert_renamed_corroborates (c, 0, "NDP");
  cg_corpus_free (c);

  c = cg_corpus_new ();
  add_article (c, "d1", "Washington Times", "Dave Boyer, Guy Taylor", "2018-09-26");
  add_article (c, "d2", "BBC News", NULL, NULL);
  add_speaker (c, "s1", "Iran", CG_SPEAKER_ORGANIZATION);
  add_person (c, "s2", "Hassan Rouhani", "Iranian President", "President", NULL);
  add_reported (c, "d1", "s1", "Iran", 0, "an isolated Washington would eventually rejoin the pact");
  add_reported (c, "d2", "s2", "President Hassan Rouhani", 0, "America would eventually rejoin the nuclear deal");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  assert_one_voice (c, "isolated Washington");
  assert_renamed_corroborates (c, 0, "Iraq");
  cg_corpus_free (c);
}

/* A role names a body only through the words its role word reaches:
 * Harry Reid's registry roles hold "White House meeting with Senate
 * Majority Leader" (a caption cut wrong), yet the White House (the
 * Washington Times) and Reid (Politico) saying Loretta Lynch waited
 * longer than any attorney general nominee in decades are two voices
 * (whole AllSides at 6fe55d5, c369797, corroborated). */
static void
test_affiliated_reach (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "Washington Times", "Stephen Dinan, Tom Howell Jr.", "2015-04-21");
  add_article (c, "d2", "Politico", "Seung Min Kim", "2015-02-12");
  add_speaker (c, "s1", "White House", CG_SPEAKER_ORGANIZATION);
  add_person (c, "s2", "Harry Reid", "Senate Minority Leader", "White House meeting with Senate Majority Leader", NULL);
  add_reported (c, "d1", "s1", "The White House", 0,
                "Ms. Lynch has waited longer than any other attorney general nominee in decades");
  add_reported (c, "d2", "s2", "Senate Minority Leader Harry Reid (D-Nev.)", 0,
                "Lynch has waited longer for a vote than any attorney general nominee in three decades");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  CgClaim *cl = claim_of (c, "a1");
  g_assert_cmpint (cl->verdict, ==, CG_VERDICT_CORROBORATED);
  g_assert_cmpuint (cl->supporters->len, ==, 2);
  cg_corpus_free (c);
}

/* Two named people of one body stay two voices: Bob Perciasepe, "the
 * center's president" (CNN), and Elliot Diringer "of the Center for
 * Climate and Energy Solutions" (NPR), on the US-China climate deal
 * (whole AllSides at 6fe55d5, c682691, corroborated).  A statement of the
 * center (made by hand) is one voice with Diringer, whose role names it;
 * when Perciasepe's role names it too it fits two and joins neither:
 * joined to both, it would make the two men one voice. */
static void
test_affiliated_two_holders (void)
{
  for (guint both = 0; both < 2; both++)
    {
      CgCorpus *c = cg_corpus_new ();
      add_article (c, "d1", "CNN (Web News)", "Matt Hoye, Holly Yan", "2014-11-12");
      add_article (c, "d2", "NPR Online News", "Bill Chappell", "2014-11-12");
      add_article (c, "d3", "Reuters", NULL, "2014-11-12");
      add_person (c, "s1", "Bob Perciasepe",
                  both ? "president of the Center for Climate and Energy Solutions" : "the center's president", NULL);
      add_person (c, "s2", "Elliot Diringer", "executive vice president of the Center for Climate and Energy Solutions",
                  NULL);
      add_speaker (c, "s3", "Center for Climate and Energy Solutions", CG_SPEAKER_ORGANIZATION);
      add_reported (c, "d1", "s1", "the center's president, Bob Perciasepe", 0,
                    "People on both sides pointed to weak action abroad to delay action at home. This announcement "
                    "hopefully puts those excuses behind us. We'll only avert the worst risks of climate change by "
                    "acting together.")->kind = CG_KIND_DIRECT;
      add_reported (c, "d2", "s2", "Elliot Diringer of the Center for Climate and Energy Solutions", 0,
                    "I think there will be strong pressure on other countries to be part of that deal. People on both "
                    "sides have pointed to weak action by the other to delay action at home. Hopefully this "
                    "announcement puts those excuses behind us.")->kind = CG_KIND_DIRECT;
      add_link (c, "a1", "a2", CG_RELATION_SAME_AS);
      cg_score_claims (c, cg_test_rules ());
      CgClaim *cl = claim_of (c, "a1");
      g_assert_cmpint (cl->verdict, ==, CG_VERDICT_CORROBORATED);
      g_assert_cmpuint (cl->supporters->len, ==, 2);

      add_reported (c, "d3", "s3", "the Center for Climate and Energy Solutions", 0,
                    "the announcement puts behind us the excuse that other countries' weak action justifies delay at "
                    "home");
      add_link (c, "a3", "a2", CG_RELATION_SUPPORTS);
      add_link (c, "a3", "a1", CG_RELATION_SUPPORTS);
      cg_score_claims (c, cg_test_rules ());
      cl = claim_of (c, "a1");
      g_assert_cmpint (cl->verdict, ==, CG_VERDICT_CORROBORATED);
      g_assert_cmpuint (cl->supporters->len, ==, 2);
      cg_corpus_free (c);
    }
}

/* Descriptions of Mick Mulvaney on the tax returns (whole AllSides at
 * 6fe55d5, c239235, corroborated by three "voices"): "White House chief
 * of staff" (USA Today) has its head in [description_heads] only with
 * "chief", and "One of US President Donald Trump's top aides" (BBC) names
 * whom he serves in a possessive no role of his spells whole. */
static CgCorpus *
mulvaney_corpus (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "The Hill", NULL, "2019-04-07");
  add_article (c, "d2", "USA Today", "Vic Kolenc", "2019-04-16");
  add_article (c, "d3", "BBC News", NULL, NULL);
  add_person (c, "s1", "Mick Mulvaney", "White House Chief of Staff", "Trump's budget director", NULL);
  add_speaker (c, "s2", "White House chief of staff", CG_SPEAKER_ANONYMOUS);
  add_speaker (c, "s3", "One of US President Donald Trump's top aides", CG_SPEAKER_ANONYMOUS);
  add_reported (c, "d1", "s1", "Mulvaney", 0, "Democrats will 'never' see Trump's tax returns")->kind = CG_KIND_MIXED;
  add_reported (c, "d2", "s2", "White House chief of staff", 0,
                "Democrats will 'never' see Donald Trump's tax returns")->kind = CG_KIND_MIXED;
  add_reported (c, "d3", "s3", "One of US President Donald Trump's top aides", 0,
                "opposition Democrats will \"never\" see his tax returns")->kind = CG_KIND_MIXED;
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  add_link (c, "a3", "a1", CG_RELATION_SUPPORTS);
  add_link (c, "a3", "a2", CG_RELATION_SUPPORTS);
  return c;
}

static void
test_description_possessive (void)
{
  CgCorpus *c = mulvaney_corpus ();
  cg_score_claims (c, cg_test_rules ());
  assert_one_voice (c, "Donald Trump's tax returns");
  /* the possessive's owner must still serve: Obama's aide is another man */
  CgSpeaker *s = g_ptr_array_index (c->speakers, 2);
  g_free (s->name);
  s->name = g_strdup ("One of former President Barack Obama's top aides");
  cg_score_claims (c, cg_test_rules ());
  g_assert_cmpint (claim_of (c, "a1")->verdict, ==, CG_VERDICT_CORROBORATED);
  cg_corpus_free (c);
}

/* "a government official" says no more of whom it fits than "an
 * official" (linking.rules [description_not_words] `government`): CNN's
 * "a government official" on Yanukovych's arrest warrant and Ukraine's
 * acting interior minister Arsen Avakov (Fox; whole AllSides at 6fe55d5,
 * c300397, corroborated, and CNN's own article quotes Avakov) are one
 * voice. */
static void
test_description_government (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "CNN (Web News)", "Jethro Mullen, Dana Ford", "2014-02-24");
  add_article (c, "d2", "Fox Online News", NULL, "2014-02-24");
  add_speaker (c, "s1", "a government official", CG_SPEAKER_ANONYMOUS);
  add_person (c, "s2", "Arsen Avakov", "acting Ukrainian Interior Minister", "Interior Minister", NULL);
  add_reported (c, "d1", "s1", "a government official", 8,
                "An arrest warrant has been issued for ousted President Viktor Yanukovych over the killings of "
                "civilians");
  add_reported (c, "d2", "s2", "Ukraine's acting interior minister, Arsen Avakhov", 28,
                "a warrant has been issued for the arrest of Yanukovych and several other officials for the \"mass "
                "killing of civilians.\"")->kind = CG_KIND_MIXED;
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  cg_score_claims (c, cg_test_rules ());
  assert_one_voice (c, "ousted President");
  assert_renamed_corroborates (c, 0, "a Russian government official");
  cg_corpus_free (c);
}

/* `show cN` tells why speakers are one voice (cg_score_voice_joins()):
 * a line per join, naming both speakers, the rule key and the words that
 * matched, from the joins the verdict made; CORPUS's claims stay as they
 * were.  The description and possessive joins of Mick Mulvaney (c239235)
 * and the affiliation join of the Ohio prisons' statement and their
 * spokeswoman (c504524), as in the tests above. */
static void
test_voice_joins_told (void)
{
  CgCorpus *c = mulvaney_corpus ();
  cg_score_claims (c, cg_test_rules ());
  CgClaim *cl = claim_of (c, "a1");
  GPtrArray *lines = cg_score_voice_joins (c, cg_test_rules (), cl);
  g_assert_true (claim_of (c, "a1") == cl);
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==,
                   "one voice, description_one_voice: White House chief of staff s2 (a2) and Mick Mulvaney s1 (a1), "
                   "'White House chief of staff' describes Mick Mulvaney: head 'chief' fits the role 'White House "
                   "Chief of Staff', the only person of the claim it fits");
  g_assert_cmpstr (g_ptr_array_index (lines, 1), ==,
                   "one voice, description_one_voice: One of US President Donald Trump's top aides s3 (a3) and Mick "
                   "Mulvaney s1 (a1), 'One of US President Donald Trump's top aides' describes Mick Mulvaney: head "
                   "'aide', owner 'trump' fits the role 'White House Chief of Staff', the only person of the claim it "
                   "fits");
  g_ptr_array_unref (lines);
  cg_corpus_free (c);

  c = castro_corpus ();
  cg_score_claims (c, cg_test_rules ());
  lines = cg_score_voice_joins (c, cg_test_rules (), claim_of (c, "a1"));
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==,
                   "one voice, affiliation_one_voice: statement from the Ohio Department of Corrections s1 (a1) and "
                   "JoEllen Smith s2 (a2), 'statement from the Ohio Department of Corrections' stands in the role "
                   "'Department of Rehabilitation and Correction spokeswoman' of JoEllen Smith, the only holder of the "
                   "claim it fits");
  g_ptr_array_unref (lines);
  cg_corpus_free (c);
}

/* `show cN` tells, for each member whose speaker is no supporter, the
 * rule after the joins that left its voice out (cg_score_voice_joins()):
 * Obama's 2014 Gaza cease-fire (Washington Times), supports only, two
 * years from Qandil's 2012 one (NYT), a noun phrase: supports_max_days
 * and supporter_predicates (Qandil's, as far from it, counts as the
 * first voice); Obama's "to
 * raise taxes" (Newsmax) beside Carville's (Salon): supporter_min_words,
 * and the first voice alone counts; Clinton's campaign declining "to
 * respond to questions" (AllSides): supporter_predicates.  Counted
 * speakers get no line. */
static void
test_drops_told (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "New York Times - News", NULL, "2012-11-17");
  add_article (c, "d2", "Washington Times", NULL, "2014-08-05");
  add_speaker (c, "s1", "Hisham Qandil", CG_SPEAKER_PERSON);
  add_speaker (c, "s2", "Barack Obama", CG_SPEAKER_PERSON);
  add_speaker (c, "s3", "James Carville", CG_SPEAKER_PERSON);
  add_speaker (c, "s4", "NSA", CG_SPEAKER_ORGANIZATION);
  add_speaker (c, "s5", "Clinton's campaign", CG_SPEAKER_ORGANIZATION);
  add_assertion (c, "d1", "s1", CG_KIND_MIXED,
                 "a cease-fire between Hamas and Israel was \u201cthe only way to achieve stability in the region\u201d");
  add_assertion (c, "d2", "s2", CG_KIND_INDIRECT, "a cease-fire in the conflict between Israel and Hamas");
  add_link (c, "a2", "a1", CG_RELATION_SUPPORTS);
  add_assertion (c, "d3", "s3", CG_KIND_INDIRECT, "to raise taxes");
  add_assertion (c, "d4", "s2", CG_KIND_INDIRECT, "to raise taxes");
  add_link (c, "a3", "a4", CG_RELATION_SAME_AS);
  add_assertion (c, "d5", "s4", CG_KIND_INDIRECT, "to respond to questions about the program");
  add_assertion (c, "d6", "s5", CG_KIND_INDIRECT, "to respond to questions about her position on the ethanol program");
  add_link (c, "a5", "a6", CG_RELATION_SAME_AS);
  cg_score_claims (c, cg_test_rules ());

  CgClaim *cl = claim_of (c, "a1");
  GPtrArray *lines = cg_score_voice_joins (c, cg_test_rules (), cl);
  g_assert_true (claim_of (c, "a1") == cl);
  g_assert_cmpuint (cl->supporters->len, ==, 1);
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==,
                   "a2 (Barack Obama s2): not a supporter: supports_max_days, its voice joined the claim by supports "
                   "only and lies more than 183 days from every other voice; supporter_predicates, its voice's reported "
                   "speech states nothing (no predicate); and no voice of the claim is whole and in time, so the first "
                   "alone counts, Hisham Qandil's (a1)");
  g_ptr_array_unref (lines);

  lines = cg_score_voice_joins (c, cg_test_rules (), claim_of (c, "a3"));
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==,
                   "a4 (Barack Obama s2): not a supporter: supporter_min_words, no member of its voice has 6 words: it "
                   "attests a phrase, not the claim; and no voice of the claim is whole and in time, so the first "
                   "alone counts, James Carville's (a3)");
  g_ptr_array_unref (lines);

  lines = cg_score_voice_joins (c, cg_test_rules (), claim_of (c, "a5"));
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==,
                   "a6 (Clinton's campaign s5): not a supporter: supporter_predicates, its voice's reported speech "
                   "states nothing (no predicate); and no voice of the claim is whole and in time, so the first alone "
                   "counts, NSA's (a5)");
  g_ptr_array_unref (lines);
  cg_corpus_free (c);
}

/* The test files NAMES (NULL-terminated) through a pipeline over the
 * default rules.  Returns a new corpus (free with cg_corpus_free()) and
 * the pipeline in *P (free with cg_pipeline_free() after the corpus),
 * two threads. */
static CgCorpus *
analyze_data (const char *const *names, CgPipeline **p)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  for (const char *const *n = names; *n; n++)
    g_ptr_array_add (paths, cg_test_data (*n));
  g_ptr_array_add (paths, NULL);
  GError *error = NULL;
  *p = cg_pipeline_new (cg_test_rules (), &error);
  g_assert_no_error (error);
  CgCorpus *c = cg_pipeline_analyze (*p, (char **) paths->pdata, 2, FALSE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_ptr_array_unref (paths);
  return c;
}

/* The speaker of C's assertion whose text starts with START. */
static const char *
speaker_of_text (CgCorpus *c, const char *start)
{
  for (guint i = 0; i < c->assertions->len; i++)
    {
      CgAssertion *a = g_ptr_array_index (c->assertions, i);
      if (g_str_has_prefix (a->text, start))
        {
          CgSpeaker *sp = a->speaker_id ? cg_corpus_speaker (c, a->speaker_id) : NULL;
          return sp ? sp->name : NULL;
        }
    }
  g_assert_not_reached ();
}

/* A speech printed whole is its speaker's words, not the outlet's
 * (excerpts of four AllSides articles).  Whole corpus at 7990d1c, NPR's
 * annotated transcript of Trump's convention speech made "Homicides last
 * year increased by 17 percent in America's fifty largest cities." an
 * author claim of NPR, corroborated by Trump's own words as the Daily
 * Beast reports them: one voice counted twice.  The annotators' notes in
 * brackets stay NPR's; the Clinton transcript's speaker is the Clinton its
 * title names, though the speech and its notes print Bill Clinton too; a
 * story naming a transcript in its title, a column quoting the full text
 * of an order, are no transcripts. */
static void
test_transcript_voice (void)
{
  const char *names[] = { "score-transcript-npr.txt", "score-transcript-beast.txt", "score-transcript-clinton.txt",
                          "score-transcript-usatoday.txt", "score-transcript-breitbart.txt", NULL };
  CgPipeline *p = NULL;
  CgCorpus *c = analyze_data (names, &p);
  CgClaim *cl = claim_with_text (c, "Homicides last year increased by 17 percent");
  g_assert_cmpuint (cl->assertions->len, ==, 2);
  g_assert_cmpint (cl->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
  g_assert_cmpuint (cl->supporters->len, ==, 1);
  g_assert_cmpstr (speaker_of_text (c, "Homicides last year increased"), ==, "Donald Trump");
  g_assert_cmpstr (speaker_of_text (c, "[Fact checkers might beg to differ."), ==, "NPR Online News");
  g_assert_cmpstr (speaker_of_text (c, "NPR's politics team has annotated"), ==, "NPR Online News");
  g_assert_cmpstr (speaker_of_text (c, "And the man of Hope, Barack Obama."), ==, "Hillary Clinton");
  g_assert_cmpstr (speaker_of_text (c, "[Bill Clinton grew up in Hope"), ==, "Danielle Kurtzleben");
  g_assert_cmpstr (speaker_of_text (c, "The Aug. 12 whistleblower complaint"), ==, "USA Today");
  /* "printing the full text of the order" in a column's head: few of
   * its paragraphs speak in the first person */
  g_assert_cmpstr (speaker_of_text (c, "A CBP agent is always stationed"), ==, "John Hayward");
  cg_corpus_free (c);
  cg_pipeline_free (p);
}

/* The line of LINES holding every one of NEEDLES (NULL-terminated), or NULL. */
static const char *
line_with (GPtrArray *lines, const char *const *needles)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const char *l = g_ptr_array_index (lines, i);
      gboolean all = TRUE;
      for (const char *const *n = needles; *n && all; n++)
        all = strstr (l, *n) != NULL;
      if (all)
        return l;
    }
  return NULL;
}

/* `show cN` says why a member counts under another speaker's voice, or
 * under none (whole AllSides texts of subset-p10, where supdrop left such
 * speakers unexplained): CNN's Manu Raju prints Trump's tweet, which
 * Fox prints too, and counts as Trump (quoted_author_origin); WND's "the
 * paper" is who Couric's accuser spoke to, no voice (hearer_not_source). */
static void
test_origins_told (void)
{
  const char *names[] = { "score-origin-cnn.txt", "score-origin-fox.txt", "score-origin-wnd.txt", NULL };
  CgPipeline *p = NULL;
  CgCorpus *c = analyze_data (names, &p);
  CgClaim *tweet = claim_with_text (c, "Great day in D.C. with @SpeakerRyan");
  g_assert_cmpuint (tweet->assertions->len, ==, 2);
  GPtrArray *lines = cg_score_voice_joins (c, cg_test_rules (), tweet);
  const char *quoting[] = { "(Manu Raju ", "): counted as the voice of Donald J. Trump ", "quoted_author_origin", NULL };
  g_assert_nonnull (line_with (lines, quoting));
  g_ptr_array_unref (lines);
  CgClaim *fed = claim_with_text (c, "Fed Up, What she did to me");
  lines = cg_score_voice_joins (c, cg_test_rules (), fed);
  const char *hearer[] = { "(paper ", "): no voice: hearer_not_source", NULL };
  g_assert_nonnull (line_with (lines, hearer));
  g_ptr_array_unref (lines);
  cg_corpus_free (c);
  cg_pipeline_free (p);
}

/* A claim record as one line: id, verdict, members | supporters | contradictors. */
static char *
claim_line (const CgClaim *c)
{
  GString *line = g_string_new (NULL);
  g_string_append_printf (line, "%s %s", c->id, cg_verdict_name (c->verdict));
  const GPtrArray *lists[3] = { c->assertions, c->supporters, c->contradictors };
  for (guint l = 0; l < 3; l++)
    {
      g_string_append (line, l ? " |" : "");
      for (guint k = 0; k < lists[l]->len; k++)
        g_string_append_printf (line, " %s", (const char *) g_ptr_array_index (lists[l], k));
    }
  return g_string_free (line, FALSE);
}

/* cg_score_claims_sparse() against cg_score_claims() on CORPUS: every
 * claim either the same record or, implied, the claim of one member
 * whose one supporter is its speaker (none for none), single-source with
 * no contradictor; the records few.  Returns the claims of one member
 * kept as records, and sets *CONTRA to those of them contradicted and
 * *UNHEARD to those single-source with a speaker and no supporter. */
static guint
check_sparse (CgCorpus *corpus, guint *contra, guint *unheard)
{
  cg_score_claims (corpus, cg_test_rules ());
  guint n = corpus->claims->len, k = 0, lone = 0;
  g_assert_cmpuint (n, >, 0);
  char **full = g_new0 (char *, n + 1);
  for (guint c = 0; c < n; c++)
    full[c] = claim_line (g_ptr_array_index (corpus->claims, c));
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_claim_free);
  guint n_sparse = 0;
  guint *implied = cg_score_claims_sparse (corpus, cg_test_rules (), &n_sparse);
  g_assert_cmpuint (n_sparse, ==, n);
  /* take the records, so that the full claims can be made again below */
  for (guint c = 0; c < corpus->claims->len; c++)
    g_ptr_array_add (records, g_ptr_array_steal_index (corpus->claims, c--));
  g_assert_cmpuint (records->len, <, n / 10 + 1);
  *contra = *unheard = 0;
  for (guint c = 0; c < n; c++)
    {
      char *id = g_strdup_printf ("c%u", c + 1);
      if (implied[c] == 0)
        {
          g_assert_cmpuint (k, <, records->len);
          CgClaim *r = g_ptr_array_index (records, k++);
          char *line = claim_line (r);
          g_assert_cmpstr (line, ==, full[c]);
          g_free (line);
          if (r->assertions->len == 1)
            {
              lone++;
              CgAssertion *a = cg_corpus_assertion (corpus, g_ptr_array_index (r->assertions, 0));
              *contra += r->verdict == CG_VERDICT_CONTRADICTED;
              *unheard += r->verdict == CG_VERDICT_SINGLE_SOURCE && r->supporters->len == 0 && a->speaker_id;
            }
        }
      else
        {
          g_assert_cmpuint (implied[c], <=, corpus->assertions->len);
          CgAssertion *a = g_ptr_array_index (corpus->assertions, implied[c] - 1);
          char *line = g_strdup_printf ("%s single-source %s |%s%s |", id, a->id, a->speaker_id ? " " : "",
                                        a->speaker_id ? a->speaker_id : "");
          g_assert_cmpstr (line, ==, full[c]);
          g_free (line);
        }
      g_free (id);
    }
  g_assert_cmpuint (k, ==, records->len);
  g_free (implied);
  g_ptr_array_unref (records);
  g_strfreev (full);
  return lone;
}

/* A store keeps most claims implied (claim_runs): the sparse scoring
 * gives their members instead of records, and the same records for the
 * rest, among them claims of one member that are no run: contradicted
 * ones (seeds a136/a137, contradicts.numeric) and a hearer's claim with a
 * speaker but no supporter ("... safe to do an hour of live television",
 * told Fox News). */
static void
test_sparse_claims (void)
{
  guint contra = 0, unheard = 0;
  CgCorpus *seeds = cg_test_seed_corpus ();
  guint lone = check_sparse (seeds, &contra, &unheard);
  g_assert_cmpuint (contra, >=, 2);
  g_assert_cmpuint (lone, >=, contra);
  cg_corpus_free (seeds);
  const char *names[] = { "store-hearer-claim.txt" };
  CgCorpus *heard = cg_test_data_corpus (names, 1);
  check_sparse (heard, &contra, &unheard);
  g_assert_cmpuint (unheard, >=, 1);
  cg_corpus_free (heard);
}

/* The names' document frequencies counted in pieces (chunks of articles
 * dealt to several tables, or taken by the scoring's events thread and
 * its caller) and added are those of one pass over the seeds'
 * articles, key for key. */
static void
test_event_counts_split (void)
{
  CgCorpus *c = cg_test_seed_corpus ();
  GHashTable *one = cg_score_event_frequencies (c, cg_test_rules (), 1, 1u << 30);
  GHashTableIter it;
  gpointer key, count;
  guint shared = 0;
  g_hash_table_iter_init (&it, one);
  while (g_hash_table_iter_next (&it, &key, &count))
    shared += GPOINTER_TO_UINT (count) > 1;
  /* names and words printed by several of the seeds' articles, so a split
   * that drops or overwrites a table's count shows */
  g_assert_cmpuint (g_hash_table_size (one), >, 1000);
  g_assert_cmpuint (shared, >, 200);
  const guint splits[][2] = { { 2, 1 }, { 3, 2 }, { 5, 3 }, { 2, 7 }, { 0, 1 }, { 0, 2 }, { 0, 64 } };
  for (guint s = 0; s < G_N_ELEMENTS (splits); s++)
    {
      GHashTable *got = cg_score_event_frequencies (c, cg_test_rules (), splits[s][0], splits[s][1]);
      g_assert_cmpuint (g_hash_table_size (got), ==, g_hash_table_size (one));
      g_hash_table_iter_init (&it, one);
      while (g_hash_table_iter_next (&it, &key, &count))
        g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (got, key)), ==, GPOINTER_TO_UINT (count));
      g_hash_table_unref (got);
    }
  g_hash_table_unref (one);
  cg_corpus_free (c);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/score/corroborated-single", test_corroborated_and_single);
  g_test_add_func ("/score/one-quote-many-carriers", test_one_quote_many_carriers);
  g_test_add_func ("/score/quote-of-quote", test_quote_of_quote_one_origin);
  g_test_add_func ("/score/contested-contradicted", test_contested_and_contradicted);
  g_test_add_func ("/score/disputed-by-carrier", test_disputed_by_carrier);
  g_test_add_func ("/score/stance-window-ends", test_stance_window_ends);
  g_test_add_func ("/score/dispute-names-a-thing", test_dispute_names_a_thing);
  g_test_add_func ("/score/dispute-relative-clause", test_dispute_relative_clause);
  g_test_add_func ("/score/dispute-another-s-charge", test_dispute_another_s_charge);
  g_test_add_func ("/score/change-over-time", test_change_over_time);
  g_test_add_func ("/score/wire-copy", test_wire_copy_counts_once);
  g_test_add_func ("/score/one-outlet-one-carrier", test_one_outlet_one_carrier);
  g_test_add_func ("/score/copies-author-lists", test_copies_and_author_lists);
  g_test_add_func ("/score/supporter-out-of-time", test_supporter_out_of_time);
  g_test_add_func ("/score/author-prints-quote", test_author_prints_quote);
  g_test_add_func ("/score/fragment-supporter", test_fragment_supporter);
  g_test_add_func ("/score/one-utterance-two-names", test_one_utterance_two_names);
  g_test_add_func ("/score/reworded-wire-copy", test_reworded_wire_copy);
  g_test_add_func ("/score/one-outlet-two-speakers", test_one_outlet_two_speakers);
  g_test_add_func ("/score/same-mention-one-voice", test_same_mention_one_voice);
  g_test_add_func ("/score/unknown-speaker-empty", test_unknown_speaker_and_empty);
  g_test_add_func ("/score/direct-agreement", test_direct_agreement);
  g_test_add_func ("/score/split-at-bridges", test_split_at_bridges);
  g_test_add_func ("/score/pair-out-of-time", test_pair_out_of_time);
  g_test_add_func ("/score/pronoun-speaker", test_pronoun_speaker);
  g_test_add_func ("/score/one-poll-two-names", test_one_poll_two_names);
  g_test_add_func ("/score/two-outlets-one-word", test_two_outlets_one_word);
  g_test_add_func ("/score/one-event", test_one_event);
  g_test_add_func ("/score/common-name", test_common_name);
  g_test_add_func ("/score/rare-word-anchor", test_rare_word_anchor);
  g_test_add_func ("/score/opposite-deeds", test_opposite_deeds);
  g_test_add_func ("/score/poll-names", test_poll_names);
  g_test_add_func ("/score/description-fits-person", test_description_fits_person);
  g_test_add_func ("/score/description-fits-one", test_description_fits_one);
  g_test_add_func ("/score/quoted-author-origin", test_quoted_author_origin);
  g_test_add_func ("/score/hearer-not-source", test_hearer_not_source);
  g_test_add_func ("/score/named-speaker", test_named_speaker);
  g_test_add_func ("/score/source-within-source", test_source_within_source);
  g_test_add_func ("/score/office-holder", test_office_holder);
  g_test_add_func ("/score/seed-corpus", test_seed_corpus);
  g_test_add_func ("/score/sparse-claims", test_sparse_claims);
  g_test_add_func ("/score/org-aliases", test_org_aliases);
  g_test_add_func ("/score/listed-aliases", test_listed_aliases);
  g_test_add_func ("/score/wire-credit", test_wire_credit);
  g_test_add_func ("/score/wire-credit-forms", test_wire_credit_forms);
  g_test_add_func ("/score/uncredited-copy", test_uncredited_copy);
  g_test_add_func ("/score/method-note-pair", test_method_note_pair);
  g_test_add_func ("/score/cited-outlet", test_cited_outlet);
  g_test_add_func ("/score/cited-source-near", test_cited_source_near);
  g_test_add_func ("/score/hearsay-pair", test_hearsay_pair);
  g_test_add_func ("/score/count-pair", test_count_pair);
  g_test_add_func ("/score/place-reference", test_place_reference);
  g_test_add_func ("/score/template-slot", test_template_slot);
  g_test_add_func ("/score/story-reference", test_story_reference);
  g_test_add_func ("/score/passives-apart", test_passives_apart);
  g_test_add_func ("/score/place-pair", test_place_pair);
  g_test_add_func ("/score/count-words", test_count_words);
  g_test_add_func ("/score/unnamed-clause-split", test_unnamed_clause_split);
  g_test_add_func ("/score/author-verdict", test_author_verdict);
  g_test_add_func ("/score/mention-outlet", test_mention_outlet);
  g_test_add_func ("/score/reversals", test_reversals);
  g_test_add_func ("/score/place-reference-plural", test_place_reference_plural);
  g_test_add_func ("/score/possessive-owner", test_possessive_owner);
  g_test_add_func ("/score/place-adjective", test_place_adjective);
  g_test_add_func ("/score/unnamed-document", test_unnamed_document);
  g_test_add_func ("/score/unnamed-body", test_unnamed_body);
  g_test_add_func ("/score/count-one", test_count_one);
  g_test_add_func ("/score/schedule-note", test_schedule_note);
  g_test_add_func ("/score/quote-pieces", test_quote_pieces);
  g_test_add_func ("/score/affiliated-body", test_affiliated_body);
  g_test_add_func ("/score/affiliated-reach", test_affiliated_reach);
  g_test_add_func ("/score/affiliated-two-holders", test_affiliated_two_holders);
  g_test_add_func ("/score/description-possessive", test_description_possessive);
  g_test_add_func ("/score/description-government", test_description_government);
  g_test_add_func ("/score/voice-joins-told", test_voice_joins_told);
  g_test_add_func ("/score/drops-told", test_drops_told);
  g_test_add_func ("/score/transcript-voice", test_transcript_voice);
  g_test_add_func ("/score/origins-told", test_origins_told);
  g_test_add_func ("/score/event-counts-split", test_event_counts_split);
  return g_test_run ();
}
