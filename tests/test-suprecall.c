/* test-suprecall.c: supports and same_as across outlets telling one event
 * (issue 4): a short quote printed inside a longer one (same_as.quoted),
 * a subject with its infinitive read as a proposition, with the pairs
 * that must stay apart.  The texts are BASIL's (three
 * outlets per event), each pair one the linker missed before. */
#include "cg-test.h"
#include "cg-claimview.h"
#include "cg-normalize.h"

#include <string.h>

typedef struct {
  GPtrArray *assertions;
} Fixture;

static void
fixture_init (Fixture *f)
{
  f->assertions = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_assertion_free);
}

static void
fixture_clear (Fixture *f)
{
  g_ptr_array_unref (f->assertions);
}

static CgAssertion *
assertion (Fixture *f, const char *article_id, const char *speaker, CgAssertionKind kind, const char *text)
{
  return cg_test_assertion (f->assertions, article_id, speaker, kind, text);
}

static GPtrArray *
link_all (Fixture *f)
{
  GError *error = NULL;
  CgLinker *l = cg_linker_new (cg_test_rules (), &error);
  g_assert_no_error (error);
  GPtrArray *links = cg_linker_add (l, f->assertions, NULL);
  cg_linker_free (l);
  return links;
}

/* The link between FROM and TO in either direction, or NULL. */
static CgLink *
find (GPtrArray *links, const char *from, const char *to)
{
  return cg_test_link_between (links, from, to);
}

static void
assert_same_as (GPtrArray *links, const char *x, const char *y, const char *rule)
{
  CgLink *k = find (links, x, y);
  if (k == NULL)
    g_error ("no link between %s and %s", x, y);
  g_assert_cmpint (k->relation, ==, CG_RELATION_SAME_AS);
  g_assert_cmpstr (k->rule, ==, rule);
}

/* ---- a short quote inside a longer one ------------------------------------ */

/* Three outlets quote one statement, two of them a single sentence of it:
 * the long quote's MinHash shares too little with the short ones for the
 * LSH bands, so only the run index (content concepts two in a row) makes
 * them candidates.  Either order of indexing. */
static void
test_quoted_inside (gconstpointer data)
{
  gboolean long_first = GPOINTER_TO_INT (data);
  Fixture f;
  fixture_init (&f);
  const char *pelosi
      = "I probably have a generational reaction to it But in any event, I\xe2\x80\x99m not in the censorship "
        "business. I don\xe2\x80\x99t like that language, I wouldn\xe2\x80\x99t use that language. I don\xe2\x80\x99t"
        "\xe2\x80\xa6.establish any language standards for my colleagues, but I don\xe2\x80\x99t think it\xe2\x80\x99s "
        "anything worse than what the president has said.";
  if (long_first)
    assertion (&f, "d2", "s1", CG_KIND_DIRECT, pelosi);
  assertion (&f, "d1", "s1", CG_KIND_DIRECT, "I\xe2\x80\x99m not in the censorship business");
  assertion (&f, "d3", "s1", CG_KIND_DIRECT, "I don\xe2\x80\x99t like that language. I wouldn\xe2\x80\x99t use that language");
  if (!long_first)
    assertion (&f, "d2", "s1", CG_KIND_DIRECT, pelosi);
  /* one outlet's speaker unresolved, the other's a partial name: still
   * one statement, long enough for two speakers */
  assertion (&f, "d4", NULL, CG_KIND_DIRECT,
             "I think it's time in our politics that we get rid of this mindset that if we disagree, we have to "
             "disqualify each other");
  assertion (&f, "d5", "s2", CG_KIND_DIRECT, "mindset that if we disagree, we have to disqualify each other");
  GPtrArray *links = link_all (&f);
  const char *whole = long_first ? "a1" : "a3", *short1 = long_first ? "a2" : "a1", *short2 = long_first ? "a3" : "a2";
  assert_same_as (links, short1, whole, "same_as.quoted");
  assert_same_as (links, short2, whole, "same_as.quoted");
  CgLink *k = find (links, "a4", "a5");
  g_assert_nonnull (k);
  g_assert_cmpint (k->relation, ==, CG_RELATION_SAME_AS);
  g_ptr_array_unref (links);
  fixture_clear (&f);
}

/* What must stay apart: a short quote whose words stand in another's in
 * order but with a negation it lacks; a set phrase two speakers both say,
 * shorter than quoted_others_min_words (also with one speaker unknown);
 * words of the short quote scattered through the long one; and an
 * [idioms] phrase. */
static void
test_quoted_apart (void)
{
  Fixture f;
  fixture_init (&f);
  /* LePage (BASIL) with the negation taken out of one side */
  assertion (&f, "d1", "s1", CG_KIND_DIRECT, "I will resign from the governorship");
  assertion (&f, "d2", "s1", CG_KIND_DIRECT,
             "I will not resign from the governorship, and I will not apologize to the people who wrote this");
  /* "no one is above the law": two prosecutors of two cases */
  assertion (&f, "d3", "s2", CG_KIND_DIRECT, "No one is above the law.");
  assertion (&f, "d4", "s3", CG_KIND_DIRECT,
             "The senator took bribes for a decade and today's verdict is a reminder that no one is above the law");
  /* the words of the short quote, not in a row */
  assertion (&f, "d5", "s4", CG_KIND_DIRECT, "We cut taxes every year");
  assertion (&f, "d6", NULL, CG_KIND_DIRECT, "Every year we said we would cut taxes, and we did it twice");
  /* an idiom ([idioms]) inside an unrelated statement, its speaker
   * unresolved */
  assertion (&f, "d7", "s5", CG_KIND_DIRECT, "That train has left the station");
  assertion (&f, "d8", NULL, CG_KIND_DIRECT,
             "On the health bill that train has left the station, and we are moving to taxes next week");
  /* AllSides: a new candidate once linked a fragment of an unknown
   * speaker to every "step in the right direction" */
  assertion (&f, "d9", NULL, CG_KIND_DIRECT, "step in the right direction");
  assertion (&f, "d10", "s6", CG_KIND_DIRECT,
             "While this is a step in the right direction, American businesses are still being hammered by tariffs");
  GPtrArray *links = link_all (&f);
  g_assert_null (find (links, "a1", "a2"));
  g_assert_null (find (links, "a3", "a4"));
  g_assert_null (find (links, "a5", "a6"));
  g_assert_null (find (links, "a7", "a8"));
  g_assert_null (find (links, "a9", "a10"));
  g_ptr_array_unref (links);
  fixture_clear (&f);
}

/* ---- claim views ------------------------------------------------------------ */

static CgClaimView *
view_denied (CgClaimViewer *viewer, CgAssertionKind kind, const char *speaker, const char *text, gboolean denied)
{
  CgAssertion *a = cg_assertion_new ();
  a->kind = kind;
  a->speaker_id = g_strdup (speaker);
  a->text = g_strdup (text);
  CgClaimView *v = cg_claim_view_new (viewer, a, denied);
  cg_assertion_free (a);
  return v;
}

static void
assert_describes (CgClaimView *v, const char *line)
{
  char *d = cg_claim_view_describe (v);
  if (strstr (d, line) == NULL)
    g_error ("view\n%swithout \"%s\"", d, line);
  g_free (d);
}

static CgClaimView *
view_of (CgClaimViewer *viewer, CgAssertionKind kind, const char *speaker, const char *text)
{
  return view_denied (viewer, kind, speaker, text, FALSE);
}

/* "Leading Democrats called for President Trump to cancel ..." / "18
 * members ... urged President Donald Trump to cancel ...": a subject and
 * its infinitive with no verb before are a proposition, something
 * wanted, so the two outlets' texts agree (BASIL); a meeting wanted
 * cancelled is not one cancelled, nor is a noun phrase anything.  A
 * demand is no claim: a rejected one opposes nothing (AllSides: "calls to
 * defund the police", rejected, against the calls reported), and after a
 * common noun "to" is mostly a preposition ("access to birth control"). */
static void
test_infinitive_subject (void)
{
  GError *error = NULL;
  CgNormalizer *norm = cg_normalizer_new (cg_test_rules (), &error);
  g_assert_no_error (error);
  CgClaimViewer *viewer = cg_claim_viewer_new (cg_test_rules (), norm, NULL, &error);
  g_assert_no_error (error);
  CgClaimView *x = view_of (viewer, CG_KIND_INDIRECT, "s1",
                            "for President Trump to cancel his upcoming meeting with President Vladimir V. Putin of Russia "
                            "after the Justice Department indicted 12 Russian intelligence officers accused of hacking "
                            "Democrats\xe2\x80\x99 emails and computer networks during the 2016 presidential race");
  CgClaimView *y = view_of (viewer, CG_KIND_INDIRECT, "s2",
                            "President Donald Trump to cancel his meeting with Russian President Vladimir Putin after "
                            "indictments were announced Friday accusing a dozen Kremlin intelligence officers of hacking "
                            "Democratic Party emails during the 2016 presidential campaign");
  CgClaimView *done = view_of (viewer, CG_KIND_AUTHOR, NULL,
                               "President Trump canceled his meeting with Russian President Vladimir Putin");
  CgClaimView *np = view_of (viewer, CG_KIND_INDIRECT, "s3", "the cancellation of President Trump's meeting with Putin");
  assert_describes (x, "trump | cancel");
  assert_describes (y, "irrealis");
  GString *why = g_string_new (NULL);
  g_assert_true (cg_claim_views_agree (viewer, x, y, why));
  g_assert_nonnull (strstr (why->str, "cancel"));
  g_assert_false (cg_claim_views_agree (viewer, x, done, NULL));
  g_assert_false (cg_claim_views_agree (viewer, y, done, NULL));
  g_assert_false (cg_claim_views_agree (viewer, x, np, NULL));
  CgClaimView *rejected = view_denied (viewer, CG_KIND_INDIRECT, "s4",
                                       "President Donald Trump to cancel his meeting with Russian President Vladimir Putin", TRUE);
  g_assert_false (cg_claim_views_oppose (viewer, rejected, y, FALSE, TRUE, NULL));
  cg_claim_view_free (rejected);
  CgClaimView *access = view_of (viewer, CG_KIND_INDIRECT, "s5", "women\xe2\x80\x99s access to birth control");
  assert_describes (access, " | - ");
  cg_claim_view_free (access);
  g_string_free (why, TRUE);
  cg_claim_view_free (x);
  cg_claim_view_free (y);
  cg_claim_view_free (done);
  cg_claim_view_free (np);
  cg_claim_viewer_free (viewer);
  cg_normalizer_free (norm);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_data_func ("/suprecall/quoted/short-first", GINT_TO_POINTER (FALSE), test_quoted_inside);
  g_test_add_data_func ("/suprecall/quoted/long-first", GINT_TO_POINTER (TRUE), test_quoted_inside);
  g_test_add_func ("/suprecall/quoted/apart", test_quoted_apart);
  g_test_add_func ("/suprecall/views/infinitive-subject", test_infinitive_subject);
  return g_test_run ();
}
