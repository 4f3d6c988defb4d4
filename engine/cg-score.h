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

G_END_DECLS

#endif
