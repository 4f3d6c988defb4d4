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

/* Append TEXT as escString content: one line of plain text.  Runs of
 * characters that need nothing are copied whole. */
static void
dot_text (GString *out, const char *text)
{
  if (text == NULL)
    return;
  char *valid = NULL;
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  const char *run = text;
  const char *p = text;
  while (*p)
    {
      guchar c = (guchar) *p;
      const char *next = p + 1;
      const char *subst = NULL;
      if (c >= 0x80)
        {
          next = g_utf8_next_char (p);
          gunichar u = g_utf8_get_char (p);
          if (u < 0xa0)
            subst = "\xEF\xBF\xBD";
        }
      else if (c == '\\')
        subst = "\\\\";
      else if (c == '&')
        subst = "&amp;";
      else if (c == '\n')
        subst = "\\n";
      else if (c == '\t' || c == '\r')
        subst = " ";
      else if (c < 0x20 || c == 0x7f)
        subst = "\xEF\xBF\xBD";
      if (subst)
        {
          g_string_append_len (out, run, p - run);
          g_string_append (out, subst);
          run = next;
        }
      p = next;
    }
  g_string_append_len (out, run, p - run);
  g_free (valid);
}

/* TEXT shortened to MAX characters and wrapped at WIDTH, each line closed
 * by BREAK ("\\n" centred, "\\l" left-justified).  Newlines in TEXT are
 * kept as line breaks. */
static void
dot_wrapped (GString *out, const char *text, guint width, guint max, const char *brk)
{
  if (text == NULL)
    text = "";
  char *valid = g_utf8_validate (text, -1, NULL) ? (char *) text : g_utf8_make_valid (text, -1);
  char *shown = valid;
  /* Never more characters than bytes: most texts need no counting. */
  if (max > 0 && strlen (valid) > max && (guint) g_utf8_strlen (valid, -1) > max)
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
  if (valid != text)
    g_free (valid);
}

/* Every attribute the export sets, declared once at the root before any
 * object exists, so each set is one agxset() through a known symbol: no
 * name lookup, and no pass over every object already made, which
 * declaring an attribute later costs.  Declaring an attribute no object
 * uses changes nothing written: agwrite() leaves out empty defaults. */
typedef enum {
  N_KIND, N_SHAPE, N_FILLCOLOR, N_STYLE, N_ASSERTION_KIND, N_TEXT, N_VERDICT,
  N_LABEL, N_TOOLTIP, N_ID, N_CLAIM, N_COLOR, N_PENWIDTH, N_FONTSIZE,
  E_KIND, E_COLOR, E_STYLE, E_PENWIDTH, E_ARROWHEAD, E_DIR, E_SCORE, E_TOOLTIP,
  E_RULE, E_WEIGHT,
  G_LABEL, G_TOOLTIP, G_STYLE, G_COLOR, G_FILLCOLOR,
  N_SYMS
} Sym;

static const struct { int kind; const char *name; } sym_decl[N_SYMS] = {
  [N_KIND] = { AGNODE, "kind" }, [N_SHAPE] = { AGNODE, "shape" },
  [N_FILLCOLOR] = { AGNODE, "fillcolor" }, [N_STYLE] = { AGNODE, "style" },
  [N_ASSERTION_KIND] = { AGNODE, "assertion_kind" }, [N_TEXT] = { AGNODE, "text" },
  [N_VERDICT] = { AGNODE, "verdict" }, [N_LABEL] = { AGNODE, "label" },
  [N_TOOLTIP] = { AGNODE, "tooltip" }, [N_ID] = { AGNODE, "id" },
  [N_CLAIM] = { AGNODE, "claim" }, [N_COLOR] = { AGNODE, "color" },
  [N_PENWIDTH] = { AGNODE, "penwidth" }, [N_FONTSIZE] = { AGNODE, "fontsize" },
  [E_KIND] = { AGEDGE, "kind" }, [E_COLOR] = { AGEDGE, "color" },
  [E_STYLE] = { AGEDGE, "style" }, [E_PENWIDTH] = { AGEDGE, "penwidth" },
  [E_ARROWHEAD] = { AGEDGE, "arrowhead" }, [E_DIR] = { AGEDGE, "dir" },
  [E_SCORE] = { AGEDGE, "score" }, [E_TOOLTIP] = { AGEDGE, "tooltip" },
  [E_RULE] = { AGEDGE, "rule" }, [E_WEIGHT] = { AGEDGE, "weight" },
  [G_LABEL] = { AGRAPH, "label" }, [G_TOOLTIP] = { AGRAPH, "tooltip" },
  [G_STYLE] = { AGRAPH, "style" }, [G_COLOR] = { AGRAPH, "color" },
  [G_FILLCOLOR] = { AGRAPH, "fillcolor" },
};

typedef struct {
  Agraph_t *g;
  Agsym_t  *sym[N_SYMS];
  GString  *label, *tip, *scratch, *line;   /* reused for every object */
} Build;

static void
set (Build *b, void *obj, Sym s, const char *value)
{
  agxset (obj, b->sym[s], (char *) value);
}

/* Set S to TEXT and empty TEXT.  A value must not end in a backslash:
 * "\\" before the closing quote would read as an escaped quote, so a
 * trailing "\n" is added, which renders as nothing. */
static void
set_scratch (Build *b, void *obj, Sym s, GString *text)
{
  if (text->len > 0 && text->str[text->len - 1] == '\\')
    g_string_append (text, "\\n");
  set (b, obj, s, text->str);
  g_string_truncate (text, 0);
}

static void
set_cluster_label (Build *b, Agraph_t *cluster, CgArticle *a)
{
  GString *s = b->label, *meta = b->scratch;
  dot_wrapped (s, a->title ? a->title : a->path ? a->path : a->id, WRAP_TITLE, 160, "\\n");
  if (a->outlet)
    g_string_append (meta, a->outlet);
  if (a->date)
    {
      if (meta->len)
        g_string_append (meta, " · ");
      g_string_append (meta, a->date);
    }
  if (meta->len)
    {
      if (s->len)
        g_string_append (s, "\\n");
      dot_text (s, meta->str);
    }
  g_string_truncate (meta, 0);
  set_scratch (b, cluster, G_LABEL, s);
}

static Agnode_t *
make_node (Build *b, Agraph_t *where, CgGraph *graph, guint n)
{
  const char *id = cg_graph_node_id (graph, n);
  Agnode_t *node = agnode (where, (char *) id, TRUE);
  CgNodeKind kind = cg_graph_node_kind (graph, n);
  set (b, node, N_KIND, cg_node_kind_name (kind));
  GString *label = b->label, *tip = b->tip;
  switch (kind)
    {
    case CG_NODE_ARTICLE:
      {
        CgArticle *a = cg_graph_node_record (graph, n);
        set (b, node, N_SHAPE, "note");
        set (b, node, N_FILLCOLOR, "#ffffff");
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
        set (b, node, N_SHAPE, shapes[k]);
        set (b, node, N_FILLCOLOR, s->kind == CG_SPEAKER_AUTHOR ? "#efe6dc" : "#d6e6f5");
        set (b, node, N_STYLE, s->kind == CG_SPEAKER_ANONYMOUS ? "filled,dashed"
                               : s->kind == CG_SPEAKER_ORGANIZATION ? "filled,rounded" : "filled");
        dot_wrapped (label, s->name ? s->name : s->id, WRAP_NAME, 60, "\\n");
        GString *t = b->scratch;
        if (s->roles && s->roles->len > 0)
          {
            g_string_append (label, "\\n");
            g_string_append_c (t, '(');
            g_string_append (t, g_ptr_array_index (s->roles, 0));
            g_string_append_c (t, ')');
            dot_wrapped (label, t->str, WRAP_NAME, 48, "\\n");
            g_string_truncate (t, 0);
          }
        g_string_append_printf (t, "%s %s (%s)", s->id, s->name ? s->name : "", cg_speaker_kind_name (s->kind));
        for (guint i = 0; s->aliases && i < s->aliases->len; i++)
          {
            g_string_append (t, i == 0 ? "\naliases: " : "; ");
            g_string_append (t, g_ptr_array_index (s->aliases, i));
          }
        for (guint i = 0; s->roles && i < s->roles->len; i++)
          {
            g_string_append (t, i == 0 ? "\nroles: " : "; ");
            g_string_append (t, g_ptr_array_index (s->roles, i));
          }
        dot_text (tip, t->str);
        g_string_truncate (t, 0);
        break;
      }
    case CG_NODE_ASSERTION:
      {
        CgAssertion *a = cg_graph_node_record (graph, n);
        guint k = (guint) a->kind < G_N_ELEMENTS (assertion_colors) ? a->kind : CG_KIND_INDIRECT;
        set (b, node, N_SHAPE, "box");
        set (b, node, N_STYLE, a->kind == CG_KIND_AUTHOR ? "filled" : "filled,rounded");
        set (b, node, N_FILLCOLOR, assertion_colors[k]);
        set (b, node, N_ASSERTION_KIND, cg_kind_name (a->kind));
        dot_wrapped (label, a->text, WRAP_ASSERTION, SHORT_ASSERTION, "\\l");
        GString *head = b->scratch;
        g_string_append (head, a->id);
        g_string_append (head, " (");
        g_string_append (head, cg_kind_name (a->kind));
        g_string_append (head, ", ");
        g_string_append (head, cg_certainty_name (a->certainty));
        g_string_append (head, "): ");
        dot_text (tip, head->str);
        g_string_truncate (head, 0);
        gsize text_at = tip->len;
        dot_text (tip, a->text);
        /* The full text, unshortened, for tools that read the DOT back:
         * the same escaped bytes as the tooltip's tail. */
        GString *full = b->scratch;
        g_string_append_len (full, tip->str + text_at, (gssize) (tip->len - text_at));
        set_scratch (b, node, N_TEXT, full);
        break;
      }
    case CG_NODE_CLAIM:
      {
        CgClaim *c = cg_graph_node_record (graph, n);
        guint v = (guint) c->verdict < G_N_ELEMENTS (verdict_colors) ? c->verdict : CG_VERDICT_SINGLE_SOURCE;
        set (b, node, N_SHAPE, "hexagon");
        set (b, node, N_FILLCOLOR, verdict_colors[v]);
        set (b, node, N_VERDICT, cg_verdict_name (c->verdict));
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
  set_scratch (b, node, N_LABEL, label);
  set_scratch (b, node, N_TOOLTIP, tip);
  set (b, node, N_ID, id);
  return node;
}

/* The edge's fixed style strings, and for a link its score, rule and
 * evidence. */
static void
style_edge (Build *b, Agedge_t *e, CgEdgeKind kind, const CgLink *link)
{
  const EdgeStyle *st = &edge_styles[kind];
  set (b, e, E_KIND, cg_edge_kind_name (kind));
  set (b, e, E_COLOR, st->color);
  set (b, e, E_STYLE, st->style);
  set (b, e, E_PENWIDTH, st->penwidth);
  set (b, e, E_ARROWHEAD, st->arrowhead);
  set (b, e, E_DIR, st->dir);
  if (link)
    {
      char score[G_ASCII_DTOSTR_BUF_SIZE];
      g_snprintf (score, sizeof score, "%.3f", link->score);
      set (b, e, E_SCORE, score);
      GString *tip = b->tip, *head = b->scratch;
      g_string_printf (head, "%s %s (%.2f)", cg_edge_kind_name (kind), link->rule ? link->rule : "", link->score);
      dot_text (tip, head->str);
      g_string_truncate (head, 0);
      if (link->evidence)
        {
          g_string_append (tip, "\\n");
          dot_text (tip, link->evidence);
        }
      set_scratch (b, e, E_TOOLTIP, tip);
      GString *rule = b->label;
      dot_text (rule, link->rule);
      set_scratch (b, e, E_RULE, rule);
    }
  /* A carried_by edge is drawn as the cluster; it still pulls the
   * assertion toward its article's node, but weighs less than the
   * visible edges. */
  if (kind == CG_EDGE_CARRIED_BY)
    set (b, e, E_WEIGHT, "0");
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
add_legend (Build *b, CgGraph *graph, const CgSubgraph *sub)
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
  Agraph_t *lg = agsubg (b->g, "cluster_legend", TRUE);
  set (b, lg, G_LABEL, "");
  set (b, lg, G_STYLE, "rounded,dashed");
  set (b, lg, G_COLOR, "#9e9e9e");
  set (b, lg, G_FILLCOLOR, "#ffffff");
  Agnode_t *n = agnode (lg, "legend", TRUE);
  set (b, n, N_KIND, "legend");
  set (b, n, N_SHAPE, "plaintext");
  set (b, n, N_STYLE, "");
  set (b, n, N_FONTSIZE, "9");
  char *html = agstrdup_html (b->g, h->str);
  set (b, n, N_LABEL, html);
  agstrfree (b->g, html);
  g_string_free (h, TRUE);
}

/* ---- memory and ids -------------------------------------------------------
 *
 * The graph lives in an arena: cgraph asks for a million small zeroed
 * blocks, which the arena answers with a pointer bump.  And a root graph
 * whose memory discipline has a close() is dropped whole by agclose()
 * (cgraph's own "free entire heap" path), instead of unlinking every
 * node and edge from every subgraph and releasing every attribute string,
 * which took a fifth of the export.  That path leaves out the two things
 * not in the arena: the dictionary headers, which cdt mallocs itself, and
 * the id discipline's state; cg_dot_free() closes those first. */

#define ARENA_CHUNK (1u << 20)

typedef struct {
  GPtrArray *blocks;   /* zeroed blocks, freed by arena_destroy() */
  char      *at;       /* free space in the newest chunk */
  gsize      left;
} Arena;

static void *
arena_open (Agdisc_t *disc)
{
  Arena *a = g_new0 (Arena, 1);
  (void) disc;
  a->blocks = g_ptr_array_new_with_free_func (g_free);
  return a;
}

static void *
arena_alloc (void *state, size_t req)
{
  Arena *a = state;
  gsize size = (req + 15) & ~(gsize) 15;
  if (size > ARENA_CHUNK / 4)
    {
      void *big = g_malloc0 (size);
      g_ptr_array_add (a->blocks, big);
      return big;
    }
  if (size > a->left)
    {
      a->at = g_malloc0 (ARENA_CHUNK);
      a->left = ARENA_CHUNK;
      g_ptr_array_add (a->blocks, a->at);
    }
  void *p = a->at;
  a->at += size;
  a->left -= size;
  return p;
}

static void *
arena_resize (void *state, void *ptr, size_t old, size_t req)
{
  if (req <= old)
    {
      memset ((char *) ptr + req, 0, old - req);
      return ptr;
    }
  void *p = arena_alloc (state, req);
  if (ptr)
    memcpy (p, ptr, old);
  return p;
}

static void
arena_free (void *state, void *ptr)
{
  (void) state;
  (void) ptr;
}

static void
arena_destroy (Arena *a)
{
  g_ptr_array_unref (a->blocks);
  g_free (a);
}

static void
arena_close (void *state)
{
  arena_destroy (state);
}

static Agmemdisc_t arena_mem = { arena_open, arena_alloc, arena_resize, arena_free, arena_close };

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
  GHashTable *ids[3];  /* per AGRAPH, AGNODE, AGEDGE: name -> id */
  GPtrArray  *names;   /* id - 1 -> name (a cgraph string, as agwrite()
                        * expects, also the key above), NULL for
                        * anonymous objects */
} IdState;

static void *
id_open (Agraph_t *g, Agdisc_t *disc)
{
  (void) disc;
  IdState *s = g_new0 (IdState, 1);
  s->root = g;
  for (guint i = 0; i < G_N_ELEMENTS (s->ids); i++)
    s->ids[i] = g_hash_table_new (g_str_hash, g_str_equal);
  s->names = g_ptr_array_new ();
  return s;
}

static void
id_close (void *state)
{
  IdState *s = state;
  for (guint i = 0; i < G_N_ELEMENTS (s->ids); i++)
    g_hash_table_unref (s->ids[i]);
  g_ptr_array_unref (s->names);
  g_free (s);
}

static long
id_map (void *state, int objtype, char *str, IDTYPE *id, int createflag)
{
  IdState *s = state;
  GHashTable *table = s->ids[objtype == AGINEDGE ? AGOUTEDGE : objtype];
  gpointer found;
  if (str && g_hash_table_lookup_extended (table, str, NULL, &found))
    {
      *id = GPOINTER_TO_SIZE (found);
      return TRUE;
    }
  if (!createflag)
    return FALSE;
  *id = ++s->last;
  /* The arena frees every cgraph string with the graph. */
  char *name = str ? agstrdup (s->root, str) : NULL;
  g_ptr_array_add (s->names, name);
  if (name)
    g_hash_table_insert (table, name, GSIZE_TO_POINTER (*id));
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
id_register (void *state, int objtype, void *obj)
{
  (void) state;
  (void) objtype;
  (void) obj;
}

static Agiddisc_t sequential_ids = { id_open, id_map, id_alloc, id_free, id_print, id_close, id_register };

/* ---- writing --------------------------------------------------------------
 *
 * agwrite() hands its output over in tokens of a few bytes (a tab, a
 * name, "=", a value): through stdio each is a call with locking, so the
 * graph's I/O discipline gathers them in one buffer instead.  Its channel
 * is a DotOut, never a FILE. */

typedef struct {
  FILE    *f;
  gsize    len;
  gboolean failed;
  char     buf[1 << 16];
} DotOut;

static gboolean
out_drain (DotOut *o)
{
  if (o->len > 0 && fwrite (o->buf, 1, o->len, o->f) != o->len)
    o->failed = TRUE;
  o->len = 0;
  return !o->failed;
}

static int
out_putstr (void *chan, const char *str)
{
  DotOut *o = chan;
  gsize n = strlen (str);
  if (n > sizeof o->buf - o->len)
    {
      if (!out_drain (o))
        return EOF;
      if (n > sizeof o->buf)
        return fwrite (str, 1, n, o->f) == n ? 0 : EOF;
    }
  memcpy (o->buf + o->len, str, n);
  o->len += n;
  return 0;
}

static int
out_flush (void *chan)
{
  DotOut *o = chan;
  return out_drain (o) && fflush (o->f) == 0 ? 0 : EOF;
}

/* Nothing is ever read through this discipline. */
static int
out_read (void *chan, char *buf, int bufsize)
{
  (void) chan;
  (void) buf;
  (void) bufsize;
  return 0;
}

static Agiodisc_t dot_io = { out_read, out_putstr, out_flush };

/* ---- cluster grouping -----------------------------------------------------
 *
 * agwrite() decides where each node and edge belongs by looking it up in
 * every subgraph of the graph being written: each node of the root is
 * looked up in the top-level subgraphs until one holds it, each edge in
 * all of them (twice, for its two ends, and once more for its head), and
 * each node of a subgraph in that subgraph's children.  So a graph with
 * thousands of article clusters at the top is quadratic, and even the
 * square-root grouping below costs some 3 sqrt(C) lookups per edge.
 *
 * Up to CLUSTERS_UNGROUPED clusters sit at the top; up to
 * CLUSTERS_SQRT_GROUPED they are gathered in "group_I" subgraphs of
 * ceil(sqrt(C)) clusters each (the first grouping, kept so that the DOT
 * of graphs this size stays byte for byte what it was).  Beyond that the
 * root holds a single
 * subgraph of the whole tree, so an edge costs a handful of lookups,
 * and the clusters hang from a tree of GROUP_FANOUT-way "group_L_I"
 * subgraphs (L levels above the clusters), so a node costs a few lookups
 * per level.  None of these plain subgraphs has attributes: dot ignores
 * them when laying out. */
#define CLUSTERS_SQRT_GROUPED 1024
#define GROUP_FANOUT 16

typedef struct {
  guint      per_group;  /* square-root grouping: clusters per group, or 0 */
  guint      levels;     /* tree: levels of groups above the clusters, or 0 */
  guint      made;       /* clusters made so far */
  Agraph_t  *group[12];  /* the current group of each level (1..levels;
                          * [0] for the square-root grouping) */
} Grouping;

static void
grouping_init (Grouping *gr, guint n_clusters)
{
  memset (gr, 0, sizeof *gr);
  if (n_clusters > CLUSTERS_SQRT_GROUPED)
    {
      /* Enough levels for the top one to be a single group (at most
       * 8: 16^8 clusters is more than any guint). */
      guint64 span = GROUP_FANOUT;
      gr->levels = 1;
      while (span < n_clusters)
        {
          span *= GROUP_FANOUT;
          gr->levels++;
        }
    }
  else if (n_clusters > CLUSTERS_UNGROUPED)
    gr->per_group = (guint) ceil (sqrt ((double) n_clusters));
}

/* The subgraph the next cluster goes in.  Clusters are numbered 0, 1, ...
 * in creation order; in the tree, cluster I is in group I / F^L of level
 * L, made when its first cluster is. */
static Agraph_t *
grouping_next (Grouping *gr, Agraph_t *root)
{
  guint i = gr->made++;
  char name[64];
  if (gr->per_group)
    {
      if (i % gr->per_group == 0)
        {
          g_snprintf (name, sizeof name, "group_%u", i / gr->per_group);
          gr->group[0] = agsubg (root, name, TRUE);
        }
      return gr->group[0];
    }
  if (gr->levels == 0)
    return root;
  guint64 span = 1;
  for (guint l = 1; l <= gr->levels; l++)
    span *= GROUP_FANOUT;
  Agraph_t *parent = root;
  for (guint l = gr->levels; l >= 1; l--)
    {
      if (i % span == 0)
        {
          g_snprintf (name, sizeof name, "group_%u_%" G_GUINT64_FORMAT, l, i / span);
          gr->group[l] = agsubg (parent, name, TRUE);
        }
      parent = gr->group[l];
      span /= GROUP_FANOUT;
    }
  return parent;
}

struct Agraph_s *
cg_dot_build (CgGraph *graph, const CgSubgraph *sub)
{
  Agdisc_t disc = { &arena_mem, &sequential_ids, &dot_io };
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
  Build b = { g, { NULL }, g_string_sized_new (256), g_string_sized_new (256),
              g_string_sized_new (256), g_string_sized_new (64) };
  for (guint s = 0; s < N_SYMS; s++)
    {
      b.sym[s] = agattr (g, sym_decl[s].kind, (char *) sym_decl[s].name, NULL);
      if (b.sym[s] == NULL)
        b.sym[s] = agattr (g, sym_decl[s].kind, (char *) sym_decl[s].name, "");
    }

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

  /* Each drawn node's article cluster (node index + 1), found once. */
  guint *home = g_new0 (guint, n_nodes + 1);
  guint8 *counted = g_new0 (guint8, n_nodes + 1);
  guint n_clusters = 0;
  for (guint n = 0; n < n_nodes; n++)
    {
      if (!sub->node_on[n] || fold[n])
        continue;
      CgNodeKind kind = cg_graph_node_kind (graph, n);
      gint art = kind == CG_NODE_ARTICLE ? (gint) n
                 : kind == CG_NODE_ASSERTION ? cg_graph_assertion_article (graph, n) : -1;
      if (art < 0)
        continue;
      home[n] = (guint) art + 1;
      if (!counted[art])
        {
          counted[art] = 1;
          n_clusters++;
        }
    }
  g_free (counted);
  Grouping grouping;
  grouping_init (&grouping, n_clusters);

  for (guint n = 0; n < n_nodes; n++)
    {
      if (!sub->node_on[n] || fold[n])
        continue;
      Agraph_t *where = g;
      if (home[n])
        {
          guint art = home[n] - 1;
          if (cluster[art] == NULL)
            {
              CgArticle *a = cg_graph_node_record (graph, art);
              Agraph_t *parent = grouping_next (&grouping, g);
              g_string_printf (b.scratch, "cluster_%s", a->id);
              cluster[art] = agsubg (parent, b.scratch->str, TRUE);
              g_string_truncate (b.scratch, 0);
              set_cluster_label (&b, cluster[art], a);
              dot_text (b.tip, a->path ? a->path : a->id);
              set_scratch (&b, cluster[art], G_TOOLTIP, b.tip);
              set (&b, cluster[art], G_STYLE, "rounded,filled");
              set (&b, cluster[art], G_COLOR, "#bdbdbd");
              set (&b, cluster[art], G_FILLCOLOR, "#fafafa");
            }
          where = cluster[art];
        }
      made[n] = make_node (&b, where, graph, n);
    }
  g_free (home);
  for (guint n = 0; n < n_nodes; n++)
    if (sub->node_on[n] && fold[n])
      {
        CgClaim *c = cg_graph_node_record (graph, n);
        Agnode_t *member = made[fold[n] - 1];
        guint v = (guint) c->verdict < G_N_ELEMENTS (verdict_borders) ? c->verdict : CG_VERDICT_SINGLE_SOURCE;
        set (&b, member, N_CLAIM, c->id);
        set (&b, member, N_VERDICT, cg_verdict_name (c->verdict));
        set (&b, member, N_COLOR, verdict_borders[v]);
        set (&b, member, N_PENWIDTH, c->verdict == CG_VERDICT_SINGLE_SOURCE ? "1" : "2.5");
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
      style_edge (&b, edge, kind, link);
    }
  add_legend (&b, graph, sub);
  g_free (cluster);
  g_free (made);
  g_free (fold);
  g_string_free (b.label, TRUE);
  g_string_free (b.tip, TRUE);
  g_string_free (b.scratch, TRUE);
  g_string_free (b.line, TRUE);
  return g;
}

static gboolean
write_dot (FILE *f, gpointer data, GError **error)
{
  DotOut *o = g_new (DotOut, 1);
  o->f = f;
  o->len = 0;
  o->failed = FALSE;
  gboolean ok = agwrite (data, o) == 0 && !o->failed && !ferror (f);
  g_free (o);
  if (!ok)
    g_set_error (error, CG_ERROR, CG_ERROR_IO, "cannot write the DOT graph");
  return ok;
}

gboolean
cg_export_dot (CgGraph *graph, const CgSubgraph *sub, const char *out_path, GError **error)
{
  Agraph_t *g = cg_dot_build (graph, sub);
  gboolean ok = cg_graph_write_output (out_path, write_dot, g, error);
  cg_dot_free (g);
  return ok;
}

/* cdt has nothing to free in an arena dictionary but its malloc'd header:
 * the objects are linked through their own fields and the tables are
 * arena blocks.  So the dictionary is given a discipline like its own that
 * frees no object and no table, then closed. */
static void *
drop_memory (Dt_t *dt, void *addr, size_t size, Dtdisc_t *disc)
{
  (void) dt;
  (void) addr;
  (void) size;
  (void) disc;
  return NULL;
}

static void
drop_dict (Dict_t *d)
{
  if (d == NULL)
    return;
  Dtdisc_t disc = *dtdisc (d, NULL, 0);
  disc.freef = NULL;
  disc.memoryf = drop_memory;
  disc.eventf = NULL;
  dtdisc (d, &disc, DT_SAMECMP | DT_SAMEHASH);
  dtclose (d);
}

/* Children first: a subgraph's attribute dictionaries view its parent's,
 * and cdt will not close a dictionary still viewed. */
static void
drop_graph_dicts (Agraph_t *g)
{
  for (Agraph_t *s = agfstsubg (g); s; s = agnxtsubg (s))
    drop_graph_dicts (s);
  /* The record cgraph keeps a graph's attribute dictionaries in (its
   * agdatadict() is not in the public header). */
  Agdatadict_t *dd = (Agdatadict_t *) aggetrec (g, "_AG_datadict", FALSE);
  if (dd)
    {
      drop_dict (dd->dict.n);
      drop_dict (dd->dict.e);
      drop_dict (dd->dict.g);
    }
  drop_dict (g->n_seq);
  drop_dict (g->n_id);
  drop_dict (g->e_seq);
  drop_dict (g->e_id);
  drop_dict (g->g_dict);
}

void
cg_dot_free (struct Agraph_s *g)
{
  void *ids = g->clos->state.id;
  drop_graph_dicts (g);
  drop_dict (g->clos->strdict);
  for (guint i = 0; i < G_N_ELEMENTS (g->clos->lookup_by_name); i++)
    {
      drop_dict (g->clos->lookup_by_name[i]);
      drop_dict (g->clos->lookup_by_id[i]);
    }
  agclose (g);   /* the whole arena at once */
  id_close (ids);
}
