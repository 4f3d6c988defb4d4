/* cg-claimview.h: what an assertion claims, read as predicate and
 * arguments, so the linker can tell a contradiction from two texts that
 * merely share words.
 *
 * Without a parser, a text is cut into propositions at clause punctuation,
 * relative and subordinate words and infinitives; in each, the predicate
 * is the first content word after an auxiliary, or a verb form (-ed, an
 * irregular form from claimview.rules, a leading gerund), or the verb of
 * an infinitive right after a named subject ("[urged] Trump to cancel the
 * summit", a headline's "Akin to drop Senate bid": wanted or planned,
 * mood irrealis; such a demand agrees with another and opposes nothing),
 * the subject is
 * the content words before it (a pronoun of the speaker stands for the
 * speaker), the rest is its complement.  Each proposition has a polarity
 * (a negation in it, a denial of the whole text from its cue, "no
 * evidence that" over it) and a mood (stated as fact, predicted,
 * possible, or only wanted or ordered).  Two views oppose each other when
 * two main propositions have the same subject, the same predicate (or an
 * opposite one) and opposite polarities, in moods that can clash.
 */
#ifndef CG_CLAIMVIEW_H
#define CG_CLAIMVIEW_H

#include "cg-model.h"
#include "cg-normalize.h"
#include "cg-rules.h"

G_BEGIN_DECLS

typedef struct _CgClaimViewer CgClaimViewer;
typedef struct _CgClaimView CgClaimView;

/* Requires claimview.rules.  NORM (the caller's normalizer, used from the
 * caller's thread only) and ANTONYMS (a set of "concept\tconcept" strings,
 * both orders; may be NULL) are borrowed and must outlive the viewer, as
 * must RULES.  Returns NULL with ERROR set when the rule file is missing.
 * Free with cg_claim_viewer_free(). */
CgClaimViewer *cg_claim_viewer_new (CgRules *rules, CgNormalizer *norm, GHashTable *antonyms, GError **error);
void           cg_claim_viewer_free (CgClaimViewer *viewer);

/* The view of assertion A (text, kind, cue, speaker).  DENIED: the whole
 * text is denied by its cue or carrier ("Russia denied any interference").
 * Returns a new view; free with cg_claim_view_free().  The view borrows
 * nothing from A. */
CgClaimView *cg_claim_view_new (CgClaimViewer *viewer, const CgAssertion *a, gboolean denied);

/* Does A's cue report a wish, order or talk ([modal_cues])?  The view's
 * own reading, asked without making the view: views of two assertions
 * that differ here never agree (cg_claim_views_agree_closely()). */
gboolean     cg_claim_viewer_wish (CgClaimViewer *viewer, const CgAssertion *a);
void         cg_claim_view_free (CgClaimView *view);

/* The propositions of VIEW in words, one per line ("subject | predicate
 * complement | +/- mood"), for tests and debugging.  Returns a new
 * string. */
char *cg_claim_view_describe (const CgClaimView *view);

/* Do X and Y oppose each other: a main proposition of each with the same
 * subject and predicate and opposite polarity (ANTONYM FALSE), or the same
 * polarity and opposite predicates (ANTONYM TRUE), in moods that can
 * clash?  NAMED: the subjects must also share a name, a word written
 * capitalized in both subjects or the speaker ("the officer" of one article is not shown
 * to be the officer of another; "there is" claims and "you" (anybody)
 * are exempt).  A view whose cue reports a wish or an opposition
 * ([modal_cues], [opposing_cues]: a course, not a claim) opposes nothing.
 * On TRUE, WHY (may be NULL) receives the propositions compared. */
gboolean cg_claim_views_oppose (CgClaimViewer *viewer, const CgClaimView *x, const CgClaimView *y,
                                gboolean antonym, gboolean named, GString *why);

/* cg_claim_views_oppose() knowing when the two were printed: X_LATER > 0
 * when X's article is dated after Y's, < 0 before, 0 unknown.  A
 * proposition of what is going on, printed after a denial of what was
 * done, is of another time. */
gboolean cg_claim_views_oppose_dated (CgClaimViewer *viewer, const CgClaimView *x, const CgClaimView *y,
                                      gboolean antonym, gboolean named, int x_later, GString *why);

/* Do X and Y state figures for the same measure: a main proposition of
 * each holding a number, with the same predicate, and the subject of one
 * named in the other ("the U.S. contributed $350 billion in aid" /
 * "Europe contributed $138 billion ..., compared to $119 billion from the
 * U.S.")?  On TRUE, WHY (may be NULL) receives the propositions. */
gboolean cg_claim_views_same_measure (const CgClaimView *x, const CgClaimView *y, GString *why);

/* Do X and Y state the same proposition: a main proposition of each with
 * the same predicate, polarity, mood and subject and core_min_shared
 * concepts of predicate and complement in common (or a passive whose open
 * subject is the other's agent), or a noun phrase naming all a copula
 * states ("US Attorney-General William Barr" / "William Barr is attorney
 * general")?  Not when one says "dozens" and the other a figure, when
 * "there is" two different things, when infinitives hang on different
 * verbs ("would need to block" / "have the votes to block"), or when the
 * subjects name two people or things: each a name inside its clause, not
 * a title of titles.rules, that the other text lacks ("President Donald
 * Trump delivered a message" / "President George Washington and his
 * successor, John Adams, both delivered their annual messages"), or two
 * capitalized heads under a shared word, each named nowhere in the other
 * text ("The full Senate will likely vote on Haspel next week" / "The
 * full House will likely vote next week").  The
 * concepts are the normalizer's, so synonyms agree.  On TRUE, WHY (may be
 * NULL) receives the propositions compared. */
gboolean cg_claim_views_agree (CgClaimViewer *viewer, const CgClaimView *x, const CgClaimView *y, GString *why);

/* Do X and Y agree (cg_claim_views_agree()) closely enough to stand
 * without the texts sharing most of their words: in a pair of agreeing
 * propositions the same predicate, one subject named whole in the other,
 * at least MIN_SHARED heavy concepts of the complement in common and the
 * figures of one all in the other ("Mr. Flynn misled Vice President Mike
 * Pence and others about the nature of his conversations ..." / "Flynn
 * misled several colleagues, including Vice President Mike Pence")?  No
 * noun phrase counts.  On TRUE, WHY (may be NULL) receives the
 * propositions. */
gboolean cg_claim_views_agree_closely (CgClaimViewer *viewer, const CgClaimView *x, const CgClaimView *y,
                                       guint min_shared, GString *why);

/* Does VIEW call something false in a main proposition stated as fact:
 * a copula onto a [falsity_words] word ("The Russia investigation is a
 * sham")? */
gboolean cg_claim_view_calls_false (CgClaimViewer *viewer, const CgClaimView *view);

/* Does a main proposition of VIEW hold CONCEPT (a concept of the
 * viewer's normalizer) in its complement: in its core after the
 * predicate, and not in its subject ("coal" in "Obama administration not
 * waging war on coal"; not "true" in "the true number of infections is
 * about 10 times higher")? */
gboolean cg_claim_view_complement_holds (const CgClaimView *view, const char *concept);

/* Does VIEW hold a main proposition with a predicate, that is, does it
 * state something rather than name it ("US Attorney-General William
 * Barr", "four core states: Florida, North Carolina, ...")? */
gboolean cg_claim_view_predicates (const CgClaimView *view);

/* Does VIEW deny a main proposition with a predicate: a negation in it
 * ("Mueller did not find that the Trump campaign conspired"), or the
 * whole text denied by its cue? */
gboolean cg_claim_view_negated (const CgClaimView *view);

/* Does a main proposition of X or Y hold a [dismissal_words] concept
 * ("preposterous", "baseless") that the other view lacks?  Then it calls
 * false what the other states ("millions of people voted illegally" /
 * "millions of people voted illegally was preposterous"). */
gboolean cg_claim_views_call_false (CgClaimViewer *viewer, const CgClaimView *x, const CgClaimView *y);

/* Does a main proposition of X and one of Y with the same predicate have
 * subjects sharing nothing, the subject of one standing in the other's
 * complement ("she voted by mail for Trump" / "Trump himself voted by
 * mail")? */
gboolean cg_claim_views_roles_differ (const CgClaimView *x, const CgClaimView *y);

G_END_DECLS

#endif /* CG_CLAIMVIEW_H */
