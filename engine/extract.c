/* extract.c: SCAFFOLD, replaced by the extractor stage. */
#include "cg-extract.h"
struct _CgExtractor { CgRules *rules; };
CgExtractor *cg_extractor_new (CgRules *rules, GError **error) { (void) error; CgExtractor *e = g_new0 (CgExtractor, 1); e->rules = rules; return e; }
void cg_extractor_free (CgExtractor *e) { g_free (e); }
GPtrArray *cg_extractor_run (CgExtractor *e, const CgArticle *a, const CgSegments *s) { (void) e; (void) a; (void) s; return g_ptr_array_new_with_free_func ((GDestroyNotify) cg_assertion_free); }
