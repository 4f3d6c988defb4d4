/* segment.c: SCAFFOLD, replaced by the segmenter stage. */
#include "cg-segment.h"
struct _CgSegmenter { CgRules *rules; };
CgSegmenter *cg_segmenter_new (CgRules *rules, GError **error) { (void) error; CgSegmenter *s = g_new0 (CgSegmenter, 1); s->rules = rules; return s; }
void cg_segmenter_free (CgSegmenter *s) { g_free (s); }
CgSegments *cg_segmenter_run (CgSegmenter *s, const char *text, gsize len) { (void) s; (void) text; (void) len; return cg_segments_new (); }
GArray *cg_tokenize (const char *text, CgSpan span) { (void) text; (void) span; return g_array_new (FALSE, FALSE, sizeof (CgToken)); }
