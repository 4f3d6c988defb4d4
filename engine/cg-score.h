/* cg-score.h: stage 6, claims and corroboration verdicts.
 *
 * Claims are the clusters of assertions joined by same_as and supports.
 * A claim is corroborated when two or more independent speakers back it,
 * printed by two or more outlets, and nothing contradicts it; independent
 * means distinct speakers after alias merging that are not copies of one
 * another (one origin, a quote of a quote, near-duplicate wire copy).
 */
#ifndef CG_SCORE_H
#define CG_SCORE_H

#include "cg-model.h"
#include "cg-rules.h"

G_BEGIN_DECLS

/* Replace CORPUS->claims with the claims of its assertions and links, ids
 * "c1", "c2", ... in order of their first assertion. */
void cg_score_claims (CgCorpus *corpus, CgRules *rules);

/* cg_score_claims() without a record for the claims a store leaves
 * implied (store.c, claim_runs): one member, single-source, its
 * supporter that member's speaker (none when it has none).  Most claims
 * of a large corpus are such, and their records were most of scoring's
 * allocations.  CORPUS->claims gets the records of the others, in order
 * of id; *N_CLAIMS the number of all.  Returns a new array (g_free) of
 * *N_CLAIMS entries: for claim c<k + 1>, the index + 1 in
 * CORPUS->assertions of its member when it has no record, else 0. */
guint *cg_score_claims_sparse (CgCorpus *corpus, CgRules *rules, guint *n_claims);

/* Why some author claims of CLAIM count as one voice although printed by
 * several outlets: their articles credit one and the same news agency, and
 * no other (CgArticle.wire,
 * linking.rules wire_credit_one_voice), so they are one wire story.  A
 * line per such agency, in words, naming the members and their outlets.
 * Returns a new array of new strings (empty when none); free with
 * g_ptr_array_unref(). */
GPtrArray *cg_score_wire_copies (CgCorpus *corpus, CgRules *rules, const CgClaim *claim);

/* Why some members of CLAIM count as one voice although printed by
 * several outlets: their articles are near-verbatim copies (most of the
 * smaller one linked same_as, linking.rules wire_overlap, or a run of
 * copy_article_run author sentences the same), a wire story reprinted
 * without a credit.  A line per group of such articles, naming the
 * members, their outlets and how many sentences the articles share.
 * Returns a new array of new strings (empty when none); free with
 * g_ptr_array_unref(). */
GPtrArray *cg_score_article_copies (CgCorpus *corpus, CgRules *rules, const CgClaim *claim);

/* Why some speakers of CLAIM count as one voice: each join of two of its
 * members with different speakers that the voice rules make
 * (linking.rules same_mention_one_voice, description_one_voice,
 * [speaks_for], affiliation_one_voice, named_speaker_one_voice, ...),
 * told by the code the verdict uses, as a line naming both speakers (name,
 * id, member), the rule key and the words that matched.  Scores CORPUS
 * again for it (CORPUS->claims is left as it was).  Returns a new array
 * of new strings (empty when none); free with g_ptr_array_unref(). */
GPtrArray *cg_score_voice_joins (CgCorpus *corpus, CgRules *rules, const CgClaim *claim);

/* The articles that cg_score_article_copies() would count as copies of one
 * of ARTICLES (a set of article ids), ARTICLES included, as far as CORPUS
 * holds them: `show` loads the store around a claim until this adds
 * nothing.  Returns a new array of ids borrowed from CORPUS. */
GPtrArray *cg_score_copy_group (CgCorpus *corpus, CgRules *rules, GHashTable *articles);

/* How many of CORPUS's articles print each name and word key that the
 * events' test reads (linking.rules event_min_cosine), counted as its
 * scoring counts them when PARTS is 0 (a thread taking chunks of CHUNK
 * articles, the caller taking what is left before it joins it), else
 * with the chunks dealt in turn to PARTS tables counted one after the
 * other on the calling thread; the tables are added.  For tests: every
 * split gives the counts of one pass.  Returns a new table
 * (g_hash_table_unref()) of guint64 * keys (g_int64_hash()) to
 * GUINT_TO_POINTER (count). */
GHashTable *cg_score_event_frequencies (CgCorpus *corpus, CgRules *rules, guint parts, guint chunk);

G_END_DECLS

#endif
