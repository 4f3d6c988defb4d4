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

/* Measured with Graphviz 2.43 (CPU seconds for layout + SVG, `/usr/bin/time
 * dot|sfdp -Tsvg` on DOT exports of synthetic corpora shaped like the
 * seed output: 10 assertions per article, a speaker per 3 assertions, a
 * link per 2, a claim per 4):
 *   dot   673 nodes 0.2 s, 1,346 nodes 0.8 s, 2,020 and 2,693 nodes
 *         "trouble in init_rank" and lost edges (over a minute at 2,693);
 *   sfdp  2,693 nodes 2.1 s, 5,386 nodes 9.5 s, 10,773 nodes 33 s.
 * So dot up to 1,500 nodes, sfdp up to 10,000 (about half a minute),
 * beyond that only a smaller selection helps. */
#define CG_DOT_MAX_NODES    1500
#define CG_RENDER_MAX_NODES 10000

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
  cg_dot_free (g);
  G_UNLOCK (graphviz);
  return ok;
}
