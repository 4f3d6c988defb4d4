/* export-dot.c: the selection as a cgraph graph, written as DOT.
 *
 * One cluster per article (labelled with title, outlet and date) holds the
 * article's assertions; speakers and claims sit outside.  Shapes and
 * colours say the node kind, edge colour and style say the relation, and a
 * legend cluster shows the kinds actually drawn.
 *
 * Escaping: agwrite() quotes values and escapes '"' but leaves backslashes
 * alone, while Graphviz reads labels and tooltips as escString ("\N" is the
 * node name, "\l" a line break) and turns HTML entities in plain labels
 * into characters.  So every text goes through dot_text(): '\' doubled,
 * '&' written "&amp;", controls replaced, and a value never ends in a
 * backslash (the lexer would take the closing quote for an escaped one).
 */
#include "graph-private.h"

#include <math.h>
#include <string.h>

#include <graphviz/cgraph.h>

#define FONT "DejaVu Sans"
#define WRAP_ASSERTION 30     /* characters per line in an assertion box */
#define SHORT_ASSERTION 120   /* characters shown before "…" */
#define WRAP_NAME 24
#define WRAP_TITLE 48
#define CLUSTERS_UNGROUPED 64 /* more article clusters than this are grouped */

typedef struct {
  const char *color, *style, *penwidth, *arrowhead, *dir;
} EdgeStyle;

/* Indexed by CgEdgeKind: the relations between assertions stand out, the
 * structural edges (who said it, where, which claim) stay quiet. */
static const EdgeStyle edge_styles[CG_EDGE_N_KINDS] = {
  [CG_EDGE_SAID_BY] = { "#5f6b7a", "solid", "1", "normal", "forward" },
  [CG_EDGE_CARRIED_BY] = { "#b0b0b0", "invis", "1", "none", "forward" },
  [CG_EDGE_WRITTEN_BY] = { "#8c7b6b", "solid", "1", "onormal", "forward" },
  [CG_EDGE_SAME_AS] = { "#1565c0", "dashed", "2", "none", "none" },
  [CG_EDGE_SUPPORTS] = { "#2e7d32", "solid", "2", "normal", "forward" },
  [CG_EDGE_CONTRADICTS] = { "#c62828", "bold", "3", "none", "none" },
  [CG_EDGE_QUOTES] = { "#616161", "dotted", "2", "vee", "forward" },
  [CG_EDGE_MEMBER_OF] = { "#9e9e9e", "dashed", "1", "odot", "forward" },
};

static const char *const verdict_colors[] = {
  [CG_VERDICT_CORROBORATED] = "#a5d6a7",
  [CG_VERDICT_SINGLE_SOURCE] = "#e0e0e0",
  [CG_VERDICT_CONTESTED] = "#ffcc80",
  [CG_VERDICT_CONTRADICTED] = "#ef9a9a",
};

/* Darker, for the border of an assertion whose singleton claim is folded. */
static const char *const verdict_borders[] = {
  [CG_VERDICT_CORROBORATED] = "#2e7d32",
  [CG_VERDICT_SINGLE_SOURCE] = "#555555",
  [CG_VERDICT_CONTESTED] = "#ef6c00",
  [CG_VERDICT_CONTRADICTED] = "#c62828",
};

static const char *const assertion_colors[] = {
  [CG_KIND_DIRECT] = "#fff8e1",
  [CG_KIND_INDIRECT] = "#f3f6fb",
  [CG_KIND_MIXED] = "#fdf1e6",
  [CG_KIND_AUTHOR] = "#f1f1f1",
};

/* Append TEXT as escString content: one line of plain text. */
static void
dot_text (GString *out, const char *text)
{
  char *valid = g_utf8_make_valid (text ? text : "", -1);
  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == '\\')
        g_string_append (out, "\\\\");
      else if (c == '&')
        g_string_append (out, "&amp;");
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t' || c == '\r')
        g_string_append_c (out, ' ');
      else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
        g_string_append (out, "\xEF\xBF\xBD");
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  g_free (valid);
}

/* A value must not end in a backslash: "\\" before the closing quote would
 * read as an escaped quote.  A trailing "\n" renders as nothing. */
static char *
dot_finish (GString *s)
{
  if (s->len > 0 && s->str[s->len - 1] == '\\')
    g_string_append (s, "\\n");
  return g_string_free (s, FALSE);
}

/* TEXT shortened to MAX characters and wrapped at WIDTH, each line closed
 * by BREAK ("\\n" centred, "\\l" left-justified).  Newlines in TEXT are
 * kept as line breaks. */
static void
dot_wrapped (GString *out, const char *text, guint width, guint max, const char *brk)
{
  char *valid = g_utf8_make_valid (text ? text : "", -1);
  char *shown = valid;
  if (max > 0 && (guint) g_utf8_strlen (valid, -1) > max)
    {
      char *cut = g_utf8_substring (valid, 0, max - 1);
      shown = g_strconcat (g_strchomp (cut), "…", NULL);
      g_free (cut);
    }
  GString *line = g_string_new (NULL);
  guint line_chars = 0;
  const char *p = shown;
  while (*p)
    {
      if (*p == '\n')
        {
          dot_text (out, line->str);
          g_string_append (out, brk);
          g_string_truncate (line, 0);
          line_chars = 0;
          p++;
          continue;
        }
      /* The next word (or run of spaces). */
      const char *w = p;
      gboolean space = g_unichar_isspace (g_utf8_get_char (p));
      guint chars = 0;
      while (*w && *w != '\n' && g_unichar_isspace (g_utf8_get_char (w)) == space)
        {
          w = g_utf8_next_char (w);
          chars++;
        }
      if (space)
        {
          if (line_chars > 0)
            {
              g_string_append_c (line, ' ');
              line_chars++;
            }
        }
      else
        {
          if (line_chars > 0 && line_chars + chars > width)
            {
              g_strchomp (line->str);
              line->len = strlen (line->str);
              dot_text (out, line->str);
              g_string_append (out, brk);
              g_string_truncate (line, 0);
              line_chars = 0;
            }
          /* A word longer than a line is cut, so no box grows unbounded. */
          const char *q = p;
          while (q < w)
            {
              if (line_chars >= width + width / 2)
                {
                  dot_text (out, line->str);
                  g_string_append (out, brk);
                  g_string_truncate (line, 0);
                  line_chars = 0;
                }
              const char *n = g_utf8_next_char (q);
              g_string_append_len (line, q, n - q);
              line_chars++;
              q = n;
            }
        }
      p = w;
    }
  g_strchomp (line->str);
  line->len = strlen (line->str);
  if (line->len > 0)
    {
      dot_text (out, line->str);
      if (strcmp (brk, "\\n") != 0)
        g_string_append (out, brk);
    }
  g_string_free (line, TRUE);
  if (shown != valid)
    g_free (shown);
  g_free (valid);
}

static void
set (void *obj, const char *name, const char *value)
{
  agsafeset (obj, (char *) name, (char *) value, "");
}

static void
set_owned (void *obj, const char *name, char *value)
{
  set (obj, name, value);
  g_free (value);
}

static char *
article_cluster_label (CgArticle *a)
{
  GString *s = g_string_new (NULL);
  dot_wrapped (s, a->title ? a->title : a->path ? a->path : a->id, WRAP_TITLE, 160, "\\n");
  GString *meta = g_string_new (NULL);
  if (a->outlet)
    g_string_append (meta, a->outlet);
  if (a->date)
    g_string_append_printf (meta, "%s%s", meta->len ? " · " : "", a->date);
  if (meta->len)
    {
      if (s->len)
        g_string_append (s, "\\n");
      dot_text (s, meta->str);
    }
  g_string_free (meta, TRUE);
  return dot_finish (s);
}

static Agnode_t *
make_node (Agraph_t *where, CgGraph *graph, guint n)
{
  const char *id = cg_graph_node_id (graph, n);
  Agnode_t *node = agnode (where, (char *) id, TRUE);
  CgNodeKind kind = cg_graph_node_kind (graph, n);
  set (node, "kind", cg_node_kind_name (kind));
  GString *label = g_string_new (NULL);
  GString *tip = g_string_new (NULL);
  switch (kind)
    {
    case CG_NODE_ARTICLE:
      {
        CgArticle *a = cg_graph_node_record (graph, n);
        set (node, "shape", "note");
        set (node, "fillcolor", "#ffffff");
        dot_wrapped (label, a->outlet ? a->outlet : a->id, WRAP_NAME, 60, "\\n");
        if (a->author)
          {
            g_string_append (label, "\\nby ");
            dot_wrapped (label, a->author, WRAP_NAME, 60, "\\n");
          }
        dot_text (tip, a->path ? a->path : a->id);
        break;
      }
    case CG_NODE_SPEAKER:
      {
        CgSpeaker *s = cg_graph_node_record (graph, n);
        static const char *const shapes[] = {
          [CG_SPEAKER_PERSON] = "ellipse", [CG_SPEAKER_ORGANIZATION] = "box",
          [CG_SPEAKER_DOCUMENT] = "tab", [CG_SPEAKER_ANONYMOUS] = "ellipse",
          [CG_SPEAKER_AUTHOR] = "house",
        };
        guint k = (guint) s->kind < G_N_ELEMENTS (shapes) ? s->kind : CG_SPEAKER_PERSON;
        set (node, "shape", shapes[k]);
        set (node, "fillcolor", s->kind == CG_SPEAKER_AUTHOR ? "#efe6dc" : "#d6e6f5");
        set (node, "style", s->kind == CG_SPEAKER_ANONYMOUS ? "filled,dashed"
                            : s->kind == CG_SPEAKER_ORGANIZATION ? "filled,rounded" : "filled");
        dot_wrapped (label, s->name ? s->name : s->id, WRAP_NAME, 60, "\\n");
        if (s->roles && s->roles->len > 0)
          {
            g_string_append (label, "\\n");
            GString *role = g_string_new ("(");
            g_string_append (role, g_ptr_array_index (s->roles, 0));
            g_string_append_c (role, ')');
            dot_wrapped (label, role->str, WRAP_NAME, 48, "\\n");
            g_string_free (role, TRUE);
          }
        GString *t = g_string_new (NULL);
        g_string_printf (t, "%s %s (%s)", s->id, s->name ? s->name : "", cg_speaker_kind_name (s->kind));
        for (guint i = 0; s->aliases && i < s->aliases->len; i++)
          g_string_append_printf (t, "%s%s", i == 0 ? "\naliases: " : "; ",
                                  (char *) g_ptr_array_index (s->aliases, i));
        for (guint i = 0; s->roles && i < s->roles->len; i++)
          g_string_append_printf (t, "%s%s", i == 0 ? "\nroles: " : "; ", (char *) g_ptr_array_index (s->roles, i));
        dot_text (tip, t->str);
        g_string_free (t, TRUE);
        break;
      }
    case CG_NODE_ASSERTION:
      {
        CgAssertion *a = cg_graph_node_record (graph, n);
        guint k = (guint) a->kind < G_N_ELEMENTS (assertion_colors) ? a->kind : CG_KIND_INDIRECT;
        set (node, "shape", "box");
        set (node, "style", a->kind == CG_KIND_AUTHOR ? "filled" : "filled,rounded");
        set (node, "fillcolor", assertion_colors[k]);
        set (node, "assertion_kind", cg_kind_name (a->kind));
        dot_wrapped (label, a->text, WRAP_ASSERTION, SHORT_ASSERTION, "\\l");
        char *head = g_strdup_printf ("%s (%s, %s): ", a->id, cg_kind_name (a->kind), cg_certainty_name (a->certainty));
        dot_text (tip, head);
        g_free (head);
        dot_text (tip, a->text);
        /* The full text, unshortened, for tools that read the DOT back. */
        GString *full = g_string_new (NULL);
        dot_text (full, a->text);
        set_owned (node, "text", dot_finish (full));
        break;
      }
    case CG_NODE_CLAIM:
      {
        CgClaim *c = cg_graph_node_record (graph, n);
        guint v = (guint) c->verdict < G_N_ELEMENTS (verdict_colors) ? c->verdict : CG_VERDICT_SINGLE_SOURCE;
        set (node, "shape", "hexagon");
        set (node, "fillcolor", verdict_colors[v]);
        set (node, "verdict", cg_verdict_name (c->verdict));
        g_string_append_printf (label, "claim %s\\n%s", c->id, cg_verdict_name (c->verdict));
        guint members = c->assertions ? c->assertions->len : 0;
        guint sup = c->supporters ? c->supporters->len : 0;
        guint con = c->contradictors ? c->contradictors->len : 0;
        g_string_append_printf (tip, "%s: %u assertion%s, %u independent supporter%s, %u contradictor%s",
                                c->id, members, members == 1 ? "" : "s", sup, sup == 1 ? "" : "s",
                                con, con == 1 ? "" : "s");
        break;
      }
    }
  set_owned (node, "label", dot_finish (label));
  set_owned (node, "tooltip", dot_finish (tip));
  set (node, "id", id);
  return node;
}

static void
style_edge (Agedge_t *e, CgEdgeKind kind)
{
  const EdgeStyle *st = &edge_styles[kind];
  set (e, "kind", cg_edge_kind_name (kind));
  set (e, "color", st->color);
  set (e, "style", st->style);
  set (e, "penwidth", st->penwidth);
  set (e, "arrowhead", st->arrowhead);
  set (e, "dir", st->dir);
}

/* Line samples for the legend, drawn with box-drawing characters in the
 * relation's colour: one HTML-like table node is far more compact than
 * sample edges, which dot would stretch to the width of the main ranks. */
static const char *const edge_glyphs[CG_EDGE_N_KINDS] = {
  [CG_EDGE_SAID_BY] = "────▸",
  [CG_EDGE_CARRIED_BY] = "",
  [CG_EDGE_WRITTEN_BY] = "────▹",
  [CG_EDGE_SAME_AS] = "╌╌╌╌╌",
  [CG_EDGE_SUPPORTS] = "━━━━▸",
  [CG_EDGE_CONTRADICTS] = "━━━━━",
  [CG_EDGE_QUOTES] = "┈┈┈┈▸",
  [CG_EDGE_MEMBER_OF] = "╌╌╌╌∘",
};

/* The node kinds, verdicts and relations present, in a cluster of its
 * own; its one node carries kind=legend so readers can skip it. */
static void
add_legend (Agraph_t *g, CgGraph *graph, const CgSubgraph *sub)
{
  gboolean node_kinds[4] = { FALSE }, verdicts[4] = { FALSE }, edge_kinds[CG_EDGE_N_KINDS] = { FALSE };
  if (sub->n_nodes == 0)
    return;
  for (guint n = 0; n < cg_graph_n_nodes (graph); n++)
    if (sub->node_on[n])
      {
        CgNodeKind k = cg_graph_node_kind (graph, n);
        node_kinds[k] = TRUE;
        if (k == CG_NODE_CLAIM)
          {
            CgClaim *c = cg_graph_node_record (graph, n);
            if ((guint) c->verdict < 4)
              verdicts[c->verdict] = TRUE;
          }
      }
  for (guint e = 0; e < cg_graph_n_edges (graph); e++)
    if (sub->edge_on[e])
      {
        CgEdgeKind k;
        cg_graph_edge (graph, e, NULL, NULL, &k, NULL);
        edge_kinds[k] = TRUE;
      }
  static const struct { CgNodeKind kind; const char *fill, *text; } kinds[] = {
    { CG_NODE_ARTICLE, "#fafafa", "article (box: its assertions)" },
    { CG_NODE_SPEAKER, "#d6e6f5", "speaker" },
    { CG_NODE_ASSERTION, "#fff8e1", "assertion" },
  };
  GString *h = g_string_new ("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"2\">");
  g_string_append (h, "<TR><TD COLSPAN=\"2\"><B>legend</B></TD></TR>");
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (node_kinds[kinds[i].kind])
      g_string_append_printf (h, "<TR><TD BGCOLOR=\"%s\" BORDER=\"1\" COLOR=\"#555555\"> </TD>"
                              "<TD ALIGN=\"LEFT\">%s</TD></TR>", kinds[i].fill, kinds[i].text);
  for (guint v = 0; v < 4; v++)
    if (verdicts[v])
      g_string_append_printf (h, "<TR><TD BGCOLOR=\"%s\" BORDER=\"2\" COLOR=\"%s\"> </TD>"
                              "<TD ALIGN=\"LEFT\">claim: %s</TD></TR>",
                              verdict_colors[v], verdict_borders[v], cg_verdict_name (v));
  for (guint k = 0; k < CG_EDGE_N_KINDS; k++)
    if (edge_kinds[k] && *edge_glyphs[k])
      g_string_append_printf (h, "<TR><TD><FONT COLOR=\"%s\">%s</FONT></TD><TD ALIGN=\"LEFT\">%s</TD></TR>",
                              edge_styles[k].color, edge_glyphs[k], cg_edge_kind_name (k));
  g_string_append (h, "</TABLE>");
  Agraph_t *lg = agsubg (g, "cluster_legend", TRUE);
  set (lg, "label", "");
  set (lg, "style", "rounded,dashed");
  set (lg, "color", "#9e9e9e");
  set (lg, "fillcolor", "#ffffff");
  Agnode_t *n = agnode (lg, "legend", TRUE);
  set (n, "kind", "legend");
  set (n, "shape", "plaintext");
  set (n, "style", "");
  set (n, "fontsize", "9");
  char *html = agstrdup_html (g, h->str);
  agsafeset (n, "label", html, "");
  agstrfree (g, html);
  g_string_free (h, TRUE);
}

/* Object ids in creation order.  cgraph's default discipline makes a
 * named object's id the address of its interned name, and keeps subgraphs
 * sorted by id, so clusters would be written in malloc order.  So names
 * are mapped here, to the next id in creation order, and kept here: a
 * discipline that declined names would leave them in cgraph's internal
 * map, whose entries Graphviz 2.42's agclose() never frees (a leak per
 * object per export). */
typedef struct {
  Agraph_t   *root;
  IDTYPE      last;
  GHashTable *ids;    /* "objtype:name" -> id */
  GPtrArray  *names;  /* id - 1 -> name (a cgraph string, as agwrite()
                       * expects), NULL for anonymous objects */
} IdState;

static void *
id_open (Agraph_t *g, Agdisc_t *disc)
{
  (void) disc;
  IdState *s = g_new0 (IdState, 1);
  s->root = g;
  s->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  s->names = g_ptr_array_new ();
  return s;
}

static long
id_map (void *state, int objtype, char *str, IDTYPE *id, int createflag)
{
  IdState *s = state;
  char *key = str ? g_strdup_printf ("%d:%s", objtype, str) : NULL;
  gpointer found;
  if (key && g_hash_table_lookup_extended (s->ids, key, NULL, &found))
    {
      *id = GPOINTER_TO_SIZE (found);
      g_free (key);
      return TRUE;
    }
  if (!createflag)
    {
      g_free (key);
      return FALSE;
    }
  *id = ++s->last;
  /* agclose() frees every cgraph string with the graph. */
  g_ptr_array_add (s->names, str ? agstrdup (s->root, str) : NULL);
  if (key)
    g_hash_table_insert (s->ids, key, GSIZE_TO_POINTER (*id));
  return TRUE;
}

static long
id_alloc (void *state, int objtype, IDTYPE id)
{
  (void) state;
  (void) objtype;
  (void) id;
  return FALSE;
}

static void
id_free (void *state, int objtype, IDTYPE id)
{
  (void) state;
  (void) objtype;
  (void) id;
}

static char *
id_print (void *state, int objtype, IDTYPE id)
{
  (void) objtype;
  IdState *s = state;
  return id >= 1 && id <= s->names->len ? g_ptr_array_index (s->names, id - 1) : NULL;
}

static void
id_close (void *state)
{
  IdState *s = state;
  g_hash_table_unref (s->ids);
  g_ptr_array_unref (s->names);
  g_free (s);
}

static void
id_register (void *state, int objtype, void *obj)
{
  (void) state;
  (void) objtype;
  (void) obj;
}

static Agiddisc_t sequential_ids = { id_open, id_map, id_alloc, id_free, id_print, id_close, id_register };

struct Agraph_s *
cg_dot_build (CgGraph *graph, const CgSubgraph *sub)
{
  static Agdisc_t disc;
  disc.mem = &AgMemDisc;
  disc.id = &sequential_ids;
  disc.io = &AgIoDisc;
  Agraph_t *g = agopen ("claimgraph", Agdirected, &disc);
  /* Defaults first, so every attribute is declared once at the root. */
  agattr (g, AGRAPH, "rankdir", "LR");
  agattr (g, AGRAPH, "fontname", FONT);
  agattr (g, AGRAPH, "fontsize", "11");
  agattr (g, AGRAPH, "nodesep", "0.15");
  agattr (g, AGRAPH, "ranksep", "0.5");
  agattr (g, AGRAPH, "outputorder", "edgesfirst");
  agattr (g, AGRAPH, "label", "");
  agattr (g, AGRAPH, "style", "");
  agattr (g, AGRAPH, "color", "");
  agattr (g, AGRAPH, "fillcolor", "");
  agattr (g, AGRAPH, "tooltip", "");
  /* Graphviz's own default, declared whether or not a gvContext has
   * already installed it, so the bytes do not depend on that. */
  agattr (g, AGNODE, "label", "\\N");
  agattr (g, AGNODE, "fontname", FONT);
  agattr (g, AGNODE, "fontsize", "10");
  agattr (g, AGNODE, "style", "filled");
  agattr (g, AGNODE, "color", "#555555");
  agattr (g, AGNODE, "margin", "0.08,0.04");
  agattr (g, AGEDGE, "fontname", FONT);
  agattr (g, AGEDGE, "fontsize", "9");
  agattr (g, AGEDGE, "arrowsize", "0.7");

  /* Clusters are created in article order, the nodes in node order, the
   * edges in edge order: the same selection always gives the same bytes. */
  guint n_nodes = cg_graph_n_nodes (graph);
  Agraph_t **cluster = g_new0 (Agraph_t *, n_nodes + 1);
  Agnode_t **made = g_new0 (Agnode_t *, n_nodes + 1);
  /* A claim with one member in view says nothing its member cannot: most
   * claims are single-source singletons, and drawing them doubles the
   * picture.  Such a claim is folded into its member, whose border then
   * takes the verdict colour (JSON and GraphML keep every claim node). */
  guint *fold = g_new0 (guint, n_nodes + 1);   /* claim -> member + 1 */
  guint *members = g_new0 (guint, n_nodes + 1);
  for (guint e = 0; e < cg_graph_n_edges (graph); e++)
    {
      guint from, to;
      CgEdgeKind kind;
      cg_graph_edge (graph, e, &from, &to, &kind, NULL);
      if (sub->edge_on[e] && kind == CG_EDGE_MEMBER_OF)
        {
          members[to]++;
          fold[to] = from + 1;
        }
    }
  gint focus = sub->focus ? cg_graph_lookup (graph, sub->focus) : -1;
  for (guint n = 0; n < n_nodes; n++)
    if (members[n] != 1 || (gint) n == focus)
      fold[n] = 0;
  g_free (members);

  /* agwrite() looks for each top-level node and edge in every top-level
   * subgraph, so 10,000 article clusters would make writing quadratic
   * (minutes for a 100,000-assertion corpus).  Many clusters are therefore
   * gathered in plain (non-cluster) subgraphs of about sqrt(n) each. */
  guint n_clusters = 0, per_group = 0, made_clusters = 0;
  guint8 *counted = g_new0 (guint8, n_nodes + 1);
  for (guint n = 0; n < n_nodes; n++)
    {
      if (!sub->node_on[n] || fold[n])
        continue;
      CgNodeKind kind = cg_graph_node_kind (graph, n);
      gint art = kind == CG_NODE_ARTICLE ? (gint) n
                 : kind == CG_NODE_ASSERTION ? cg_graph_assertion_article (graph, n) : -1;
      if (art >= 0 && !counted[art])
        {
          counted[art] = 1;
          n_clusters++;
        }
    }
  g_free (counted);
  if (n_clusters > CLUSTERS_UNGROUPED)
    per_group = (guint) ceil (sqrt ((double) n_clusters));
  Agraph_t *group = NULL;

  for (guint n = 0; n < n_nodes; n++)
    {
      if (!sub->node_on[n] || fold[n])
        continue;
      CgNodeKind kind = cg_graph_node_kind (graph, n);
      gint art = kind == CG_NODE_ARTICLE ? (gint) n
                 : kind == CG_NODE_ASSERTION ? cg_graph_assertion_article (graph, n) : -1;
      Agraph_t *where = g;
      if (art >= 0)
        {
          if (cluster[art] == NULL)
            {
              CgArticle *a = cg_graph_node_record (graph, (guint) art);
              if (per_group && made_clusters % per_group == 0)
                {
                  char *gname = g_strdup_printf ("group_%u", made_clusters / per_group);
                  group = agsubg (g, gname, TRUE);
                  g_free (gname);
                }
              made_clusters++;
              char *name = g_strdup_printf ("cluster_%s", a->id);
              cluster[art] = agsubg (per_group ? group : g, name, TRUE);
              g_free (name);
              set_owned (cluster[art], "label", article_cluster_label (a));
              GString *tip = g_string_new (NULL);
              dot_text (tip, a->path ? a->path : a->id);
              set_owned (cluster[art], "tooltip", dot_finish (tip));
              set (cluster[art], "style", "rounded,filled");
              set (cluster[art], "color", "#bdbdbd");
              set (cluster[art], "fillcolor", "#fafafa");
            }
          where = cluster[art];
        }
      made[n] = make_node (where, graph, n);
    }
  for (guint n = 0; n < n_nodes; n++)
    if (sub->node_on[n] && fold[n])
      {
        CgClaim *c = cg_graph_node_record (graph, n);
        Agnode_t *member = made[fold[n] - 1];
        guint v = (guint) c->verdict < G_N_ELEMENTS (verdict_borders) ? c->verdict : CG_VERDICT_SINGLE_SOURCE;
        set (member, "claim", c->id);
        set (member, "verdict", cg_verdict_name (c->verdict));
        set (member, "color", verdict_borders[v]);
        set (member, "penwidth", c->verdict == CG_VERDICT_SINGLE_SOURCE ? "1" : "2.5");
      }
  for (guint e = 0; e < cg_graph_n_edges (graph); e++)
    {
      if (!sub->edge_on[e])
        continue;
      guint from, to;
      CgEdgeKind kind;
      CgLink *link;
      cg_graph_edge (graph, e, &from, &to, &kind, &link);
      if (made[from] == NULL || made[to] == NULL)
        continue;   /* the member_of edge of a folded claim */
      /* Anonymous: the graph core has already removed duplicates. */
      Agedge_t *edge = agedge (g, made[from], made[to], NULL, TRUE);
      style_edge (edge, kind);
      if (link)
        {
          char *score = g_strdup_printf ("%.3f", link->score);
          set_owned (edge, "score", score);
          GString *tip = g_string_new (NULL);
          char *head = g_strdup_printf ("%s %s (%.2f)", cg_edge_kind_name (kind), link->rule ? link->rule : "",
                                        link->score);
          dot_text (tip, head);
          g_free (head);
          if (link->evidence)
            {
              g_string_append (tip, "\\n");
              dot_text (tip, link->evidence);
            }
          set_owned (edge, "tooltip", dot_finish (tip));
          GString *rule = g_string_new (NULL);
          dot_text (rule, link->rule);
          set_owned (edge, "rule", dot_finish (rule));
        }
      /* A carried_by edge is drawn as the cluster; it still pulls the
       * assertion toward its article's node, but weighs less than the
       * visible edges. */
      if (kind == CG_EDGE_CARRIED_BY)
        set (edge, "weight", "0");
    }
  add_legend (g, graph, sub);
  g_free (cluster);
  g_free (made);
  g_free (fold);
  return g;
}

static gboolean
write_dot (FILE *f, gpointer data, GError **error)
{
  if (agwrite (data, f) != 0 || ferror (f))
    {
      g_set_error (error, CG_ERROR, CG_ERROR_IO, "cannot write the DOT graph");
      return FALSE;
    }
  return TRUE;
}

gboolean
cg_export_dot (CgGraph *graph, const CgSubgraph *sub, const char *out_path, GError **error)
{
  Agraph_t *g = cg_dot_build (graph, sub);
  gboolean ok = cg_graph_write_output (out_path, write_dot, g, error);
  agclose (g);
  return ok;
}
