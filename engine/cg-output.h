/* cg-output.h: the JSON lines and table renderings of the query commands.
 *
 * One function per record kind and format, so the CLI stays thin and the
 * contract of DESIGN.md lives in one place.
 */
#ifndef CG_OUTPUT_H
#define CG_OUTPUT_H

#include <stdio.h>
#include "cg-model.h"

G_BEGIN_DECLS

/* One JSON object (no newline) for each record; free with g_free(). */
char *cg_assertion_to_json (CgCorpus *corpus, const CgAssertion *assertion);
char *cg_speaker_to_json (const CgSpeaker *speaker);
char *cg_link_to_json (const CgLink *link);
/* A claim's "first" is who printed it first (cg_corpus_claim_first()):
 * null without a dated member, or without CORPUS. */
char *cg_claim_to_json (CgCorpus *corpus, const CgClaim *claim);

G_END_DECLS

#endif
