/* cg-link.h: stage 5, links between assertions across articles.
 *
 * Candidates come from MinHash signatures with LSH banding over normalized
 * shingles and from shared rare entities, never from all pairs; each
 * candidate is then scored exactly and classified as same_as, supports,
 * contradicts, changes (a contradiction explained by time) or quotes,
 * with the rule and the scores as evidence.
 */
#ifndef CG_LINK_H
#define CG_LINK_H

#include "cg-model.h"
#include "cg-rules.h"

G_BEGIN_DECLS

typedef struct _CgLinker CgLinker;

/* The rules must outlive the linker.  Free with cg_linker_free(). */
CgLinker *cg_linker_new (CgRules *rules, GError **error);
void      cg_linker_free (CgLinker *linker);

/* Index ASSERTIONS (CgAssertion*, ids, article_id and speaker_id set; not
 * owned, they must outlive the linker) and return the links between them
 * and everything indexed before.  Returns a new array of CgLink* (free func
 * set).  ARTICLES (CgArticle*, may be NULL) gives dates for the
 * change-over-time check. */
GPtrArray *cg_linker_add (CgLinker *linker, GPtrArray *assertions, GPtrArray *articles);

/* Index ASSERTIONS as known from before (e.g. loaded from the store) without
 * linking them to each other: their links already exist.  Later
 * cg_linker_add() calls link new assertions against them.  Same ownership
 * rules as cg_linker_add(). */
void cg_linker_index (CgLinker *linker, GPtrArray *assertions, GPtrArray *articles);

/* Tell the linker the kinds of the speakers (CgSpeaker*, not kept: ids
 * and kinds are copied) so a report of a document's words traces to the
 * earliest printing (quotes).  Call before cg_linker_add(); calling again
 * adds and updates, so a store can pass the registry's speakers as they
 * grow. */
void cg_linker_set_speakers (CgLinker *linker, GPtrArray *speakers);

/* Whether the linker may use the processor's vector unit and popcount
 * instruction, where it has them (the default): MinHash with AVX-512
 * (AVX2 without it), the comparisons' counts of shared ids with AVX2, the Bloom bits that
 * rank LSH collisions with popcnt; with USE FALSE the portable loops run.
 * Both give the same signatures and counts, hence the same links: this
 * is for the tests that check it.  Returns whether any of that code will
 * run. */
gboolean cg_linker_set_vectors (CgLinker *linker, gboolean use);

/* Which code computes the MinHash signatures: WIDTH 8 the AVX-512 loop,
 * 4 the AVX2 one, 0 the portable one; a width this processor (or
 * compiler) cannot run gives the portable loop.  cg_linker_set_vectors()
 * picks the widest that runs.  All give the same signatures: this is for
 * the tests that check it.  Returns the width now in use. */
guint cg_linker_set_minhash_width (CgLinker *linker, guint width);

/* Whether the linker retires a posting list once its readers skip it for
 * good (longer than max_bucket, max_entity_df, max_run_df, or a quote
 * list longer than max_speaker_df): it stops growing, its items are
 * freed, and a name's retired list is no longer looked up.  The default
 * is TRUE; FALSE keeps every list growing as it did before.  Both give
 * the same links: this is for the tests that check it.  Returns the
 * number of lists retired so far. */
guint64 cg_linker_set_retire (CgLinker *linker, gboolean retire);

/* Whether the comparisons ask the compared item's marks (the default)
 * whether a concept is in its content, or search its content: both give
 * the same answers, hence the same links; this is for the tests that
 * check it. */
void cg_linker_set_marks (CgLinker *linker, gboolean use);

/* Whether the candidates compare() cannot link are left before they are
 * compared (the default): the pairs of one article and one speaker (or
 * two unknown ones), and those whose Bloom filters bound the concepts
 * they share below every relation's concept count; or all compared:
 * both give the same links; this is for the tests that check it. */
void cg_linker_set_candidate_bound (CgLinker *linker, gboolean use);

/* Whether a quote of one sentence is ruled out as a sentence printed in
 * another quote by its counts, and a pair no relation's first count can
 * link is left before its other readings (the default), or both read
 * in full: both give the same links; this is for the tests that check
 * it. */
void cg_linker_set_sentence_bound (CgLinker *linker, gboolean use);

/* The MinHash signature of the shingle hashes HASHES[0, N), as the linker
 * computes it for an assertion, into SIG (room for SIG_LEN values); for
 * the tests.  Returns the number of values written (bands x rows of
 * linking.rules), or 0 when SIG_LEN is too small. */
guint cg_linker_signature (CgLinker *linker, const guint64 *hashes, guint n, guint64 *sig, guint sig_len);

/* The LSH band keys the linker gives an assertion whose text is TEXT,
 * from its content concepts as cg_linker_prepare() makes them, into KEYS
 * (room for N_KEYS); for the tests, not while the linker links on
 * another thread (it uses the linker's own normalizer).  Returns the
 * number written (bands of linking.rules), 0 when TEXT holds no content
 * concept, the rules shingle more than one concept, or N_KEYS is too
 * small. */
guint cg_linker_text_bands (CgLinker *linker, const char *text, guint64 *keys, guint n_keys);

/* Size the linker's indexes for N_ASSERTIONS more to come, when known, so
 * they grow once, to just that, rather than step by step as calls add
 * assertions (a call adding a few grows them by an eighth when they are
 * full).  Optional; the links do not depend on it. */
void cg_linker_expect (CgLinker *linker, guint n_assertions);

/* The totals so far of the candidates the indexes proposed and of the
 * exact comparisons made of them (either pointer may be NULL): how the
 * cost per assertion grows with the corpus (bench/stages.c). */
void cg_linker_counts (CgLinker *linker, guint64 *candidates, guint64 *compared);

/* The totals so far of the LSH bucket entries read for candidates (the
 * collisions, before ranking) and of the single-band collisions whose
 * Bloom filters were read to rank them (either pointer may be NULL): the
 * part of a candidate's cost that grows with the buckets (bench/stages.c). */
void cg_linker_lsh_counts (CgLinker *linker, guint64 *read, guint64 *ranked);

/* The keys the posting map holds and its slots (either pointer may be
 * NULL): how full cg_linker_expect() left it (tests/test-linkspeed.c). */
void cg_linker_map_counts (CgLinker *linker, guint64 *keys, guint64 *slots);

/* ---- preparing off the linking thread ----------------------------------
 *
 * Most of the work per assertion (normalizing its text, stemming, reading
 * the rules' word lists off it) needs no other assertion.  It can run on
 * worker threads:
 *
 *   batch = cg_linker_prepare (linker, assertions);       any thread
 *   links = cg_linker_add_prepared (linker, batch, articles); the linking thread
 *
 * gives the same links as cg_linker_add (linker, assertions, articles),
 * and the linking thread only interns, indexes and compares.  Batches
 * must be added in the order their assertions would have been added. */
typedef struct _CgLinkBatch CgLinkBatch;

/* Prepare ASSERTIONS (not owned, they must outlive the batch; the array is
 * referenced).  Reads their text, kind, cue and source texts only, so it
 * may run before speakers and ids are set; ids, article and speaker ids,
 * stance and polarity are read when the batch is added.  Thread-safe: any
 * number of threads may prepare at once, also while the linker links
 * (each call borrows a normalizer of its own from the linker).  Returns a
 * new batch for cg_linker_add_prepared() or cg_linker_index_prepared(),
 * which free it; free an unused one with cg_link_batch_free(). */
CgLinkBatch *cg_linker_prepare (CgLinker *linker, GPtrArray *assertions);
void         cg_link_batch_free (CgLinkBatch *batch);

/* cg_linker_add() and cg_linker_index() of a prepared batch; they take
 * (and free) BATCH.  Same ownership rules otherwise. */
GPtrArray *cg_linker_add_prepared (CgLinker *linker, CgLinkBatch *batch, GPtrArray *articles);
void       cg_linker_index_prepared (CgLinker *linker, CgLinkBatch *batch, GPtrArray *articles);

/* ---- making and linking on two threads ----------------------------------
 *
 * cg_linker_add_prepared() first makes the batch's items (interns their
 * words and builds them: serial, as ids are given in order of first
 * sight) and then links them (indexes them and compares each with its
 * candidates).  The two halves can run on two threads, the linking one a
 * step behind:
 *
 *   step = cg_linker_make (linker, batch, articles);   thread A, in order
 *   links = cg_linker_link (linker, step);             thread B, in the same order
 *
 * gives the same links as cg_linker_add_prepared (linker, batch,
 * articles), whatever the timing: while B links a step, A makes the next
 * ones.  cg_linker_set_speakers() then belongs to A (it holds for the
 * steps made after it).  Any other call on the linker (add, index,
 * expect, counts, free) only while no step waits to be linked.  (The
 * linking side never interns a word: ids are given in item order by the
 * making side alone.) */
typedef struct _CgLinkStep CgLinkStep;

/* Make BATCH's items (it takes and frees BATCH); ARTICLES as for
 * cg_linker_add().  Returns a step for cg_linker_link(), which frees it.
 * It may wait for every step made before to be linked (when it must move
 * an array the linking thread reads): hand each step to the linking
 * thread before making the next. */
CgLinkStep *cg_linker_make (CgLinker *linker, CgLinkBatch *batch, GPtrArray *articles);

/* Link STEP's items (it takes and frees STEP) to everything made before
 * them.  Returns a new array of CgLink* (free func set). */
GPtrArray  *cg_linker_link (CgLinker *linker, CgLinkStep *step);

G_END_DECLS

#endif
