/* resolve.c: SCAFFOLD, replaced by the speaker resolution stage. */
#include "cg-resolve.h"
struct _CgRegistry { GPtrArray *speakers; };
CgRegistry *cg_registry_new (CgRules *rules, GError **error) { (void) rules; (void) error; CgRegistry *r = g_new0 (CgRegistry, 1); r->speakers = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_speaker_free); return r; }
void cg_registry_free (CgRegistry *r) { if (!r) return; g_ptr_array_unref (r->speakers); g_free (r); }
void cg_registry_add (CgRegistry *r, CgSpeaker *s) { g_ptr_array_add (r->speakers, s); }
void cg_registry_resolve_article (CgRegistry *r, const CgArticle *a, const CgSegments *s, GPtrArray *as) { (void) r; (void) a; (void) s; (void) as; }
GPtrArray *cg_registry_speakers (CgRegistry *r) { return r->speakers; }
GPtrArray *cg_registry_take_changed (CgRegistry *r) { (void) r; return g_ptr_array_new_with_free_func (g_free); }
GPtrArray *cg_registry_steal_speakers (CgRegistry *r) { GPtrArray *o = r->speakers; r->speakers = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_speaker_free); return o; }
