/* render.c: SVG and PNG through gvc, laid out in-process (no `dot` child).
 *
 * dot gives the readable layered picture but its time grows much faster
 * than the node count; above CG_DOT_MAX_NODES the renderer switches to
 * sfdp (force-directed, near-linear, ignores clusters) and says so on
 * stderr, and above CG_RENDER_MAX_NODES it refuses and asks for --focus,
 * rather than leaving the user waiting for minutes with no word.
 */
#include "graph-private.h"

#include <string.h>

#include <graphviz/gvc.h>

/* Measured on this project's graphs (2-core build machine, Graphviz 2.43,
 * synthetic corpora shaped like the seed output: 10 assertions per article,
 * one speaker per 3 assertions, one link per 2 assertions, one claim per 4):
 * dot layout of 307 nodes 1.4 s, 615 nodes 4.6 s, 1,230 nodes 19 s,
 * 2,460 nodes 89 s; sfdp on 2,460 nodes 2.4 s, 9,840 nodes 13 s,
 * 19,680 nodes 31 s.  So dot up to ~1,000 nodes (about 15 s at worst), sfdp
 * up to 20,000 (about half a minute), beyond that only --focus helps. */
#define CG_DOT_MAX_NODES    1000
#define CG_RENDER_MAX_NODES 20000

/* One Graphviz context for the process, used under a lock.  Graphviz 2.43
 * is not thread-safe, and its pango plugin caches a pointer to a font name
 * owned by the context, so freeing a context and making another one reads
 * freed memory on the next layout. */
static GVC_t *shared_gvc;
G_LOCK_DEFINE_STATIC (graphviz);

typedef struct {
  char        *data;
  unsigned int len;
} Rendered;

static gboolean
write_rendered (FILE *f, gpointer data, GError **error)
{
  Rendered *r = data;
  if (fwrite (r->data, 1, r->len, f) != r->len)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_IO, "cannot write the picture");
      return FALSE;
    }
  return TRUE;
}

gboolean
cg_export_render (CgGraph *graph, const CgSubgraph *sub, CgExportFormat format,
                  const char *out_path, GError **error)
{
  const char *device = format == CG_EXPORT_PNG ? "png" : "svg";
  if (sub->n_nodes > CG_RENDER_MAX_NODES)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_USAGE,
                   "the graph has %u nodes, too many to lay out as %s (limit %u): "
                   "pick a part with --focus ID --depth N (or --article, --speaker, --relation, --verdict), "
                   "or export dot, json or graphml",
                   sub->n_nodes, device, CG_RENDER_MAX_NODES);
      return FALSE;
    }
  G_LOCK (graphviz);
  /* The context first: it sets the global attribute defaults graphs read
   * when they are opened. */
  if (shared_gvc == NULL)
    shared_gvc = gvContext ();
  GVC_t *gvc = shared_gvc;
  Agraph_t *g = cg_dot_build (graph, sub);
  const char *engine = "dot";
  if (sub->n_nodes > CG_DOT_MAX_NODES)
    {
      engine = "sfdp";
      fprintf (stderr, "claimgraph: note: %u nodes: laying out with sfdp instead of dot (faster, "
               "but without article clusters); use --focus ID --depth N for a readable picture\n",
               sub->n_nodes);
      agsafeset (g, "overlap", "prism", "");
      agsafeset (g, "outputorder", "edgesfirst", "");
    }
  gboolean ok = FALSE;
  if (gvLayout (gvc, g, engine) != 0)
    {
      char *why = aglasterr ();
      g_set_error (error, CG_ERROR, CG_ERROR_IO, "Graphviz could not lay out the graph with %s%s%s",
                   engine, why ? ": " : "", why ? g_strchomp (why) : "");
      goto done;
    }
  Rendered r = { NULL, 0 };
  if (gvRenderData (gvc, g, device, &r.data, &r.len) != 0 || r.data == NULL)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_IO, "Graphviz could not render %s (is its %s plugin installed?)",
                   device, device);
      if (r.data)
        gvFreeRenderData (r.data);
    }
  else
    {
      ok = cg_graph_write_output (out_path, write_rendered, &r, error);
      gvFreeRenderData (r.data);
    }
  gvFreeLayout (gvc, g);
done:
  agclose (g);
  G_UNLOCK (graphviz);
  return ok;
}
