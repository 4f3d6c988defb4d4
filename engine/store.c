/* store.c: SCAFFOLD, replaced by the SQLite store. */
#include "cg-store.h"
CgStore *cg_store_open (const char *path, CgStoreMode mode, GError **error) { (void) mode; g_set_error (error, CG_ERROR, CG_ERROR_STORE, "%s: the store is not built yet", path); return NULL; }
void cg_store_close (CgStore *s) { (void) s; }
gboolean cg_store_ingest (CgStore *s, CgPipeline *p, char **paths, guint n, CgProgressFunc f, gpointer d, CgIngestStats *st, GError **error) { (void) s; (void) p; (void) paths; (void) n; (void) f; (void) d; (void) st; g_set_error (error, CG_ERROR, CG_ERROR_STORE, "not built yet"); return FALSE; }
CgCorpus *cg_store_load (CgStore *s, gboolean t, GError **error) { (void) s; (void) t; g_set_error (error, CG_ERROR, CG_ERROR_STORE, "not built yet"); return NULL; }
