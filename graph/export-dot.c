/* export-dot.c: the selection as a cgraph graph, written as DOT.
 *
 * One cluster per article (labelled with title, outlet and date) holds the
 * article's assertions; speakers and claims sit outside.  Shapes and
 * colours say the node kind, edge colour and style say the relation, and a
 * legend cluster shows the kinds actually drawn.
 *
 * Two writers give the same graph: cgraph (built, then agwrite()), for
 * any selection small enough to lay out, and a streamed writer for larger
 * ones (see "the streamed writer" below).  Both take every attribute from
 * the same code.
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
  /* the contradiction's colour family, dashed: not a conflict, a change */
  [CG_EDGE_CHANGES] = { "#ef6c00", "dashed", "2", "normal", "forward" },
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

/* Append TEXT, valid UTF-8, as escString content: one line of plain
 * text.  Runs of characters that need nothing are copied whole. */
static void
dot_text_valid (GString *out, const char *text)
{
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
}

/* dot_text_valid() of TEXT made valid UTF-8 first. */
static void
dot_text (GString *out, const char *text)
{
  if (text == NULL)
    return;
  if (g_utf8_validate (text, -1, NULL))
    {
      dot_text_valid (out, text);
      return;
    }
  char *valid = g_utf8_make_valid (text, -1);
  dot_text_valid (out, valid);
  g_free (valid);
}

/* g_unichar_isspace() of the character at P, without decoding ASCII. */
static inline gboolean
wrap_space (const char *p)
{
  guchar c = (guchar) *p;
  if (c < 0x80)
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  return g_unichar_isspace (g_utf8_get_char (p));
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
          dot_text_valid (out, line->str);
          g_string_append (out, brk);
          g_string_truncate (line, 0);
          line_chars = 0;
          p++;
          continue;
        }
      /* The next word (or run of spaces). */
      const char *w = p;
      gboolean space = wrap_space (p);
      guint chars = 0;
      while (*w && *w != '\n' && wrap_space (w) == space)
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
              dot_text_valid (out, line->str);
              g_string_append (out, brk);
              g_string_truncate (line, 0);
              line_chars = 0;
            }
          /* A word longer than a line is cut, so no box grows unbounded;
           * any other goes in whole. */
          if (line_chars + chars <= width + width / 2)
            {
              g_string_append_len (line, p, w - p);
              line_chars += chars;
              p = w;
              continue;
            }
          const char *q = p;
          while (q < w)
            {
              if (line_chars >= width + width / 2)
                {
                  dot_text_valid (out, line->str);
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
      dot_text_valid (out, line->str);
      if (strcmp (brk, "\\n") != 0)
        g_string_append (out, brk);
    }
  g_string_free (line, TRUE);
  if (shown != valid)
    g_free (shown);
  if (valid != text)
    g_free (valid);
}

/* ---- attributes -----------------------------------------------------------
 *
 * Every attribute the export sets, with its default, declared once at the
 * root before any object exists, so each set is one agxset() through a
 * known symbol: no name lookup, and no pass over every object already
 * made, which declaring an attribute later costs.  A value equal to its
 * default is not written (agwrite() compares interned pointers, the
 * streamed writer the strings), so the defaults are the values most
 * objects would repeat.  Declaring an attribute no object uses changes
 * nothing written: empty defaults are left out.
 *
 * The node and edge defaults beyond fonts are Graphviz's own (shape aside,
 * which every node sets): declaring them changes no drawing, and a reader
 * asking cgraph for an attribute gets the same value whether it was
 * written on the object or declared once. */
typedef enum {
  N_KIND, N_SHAPE, N_FILLCOLOR, N_STYLE, N_ASSERTION_KIND, N_TEXT, N_VERDICT,
  N_LABEL, N_TOOLTIP, N_ID, N_CLAIM, N_COLOR, N_PENWIDTH, N_FONTSIZE,
  N_FONTNAME, N_MARGIN,
  E_KIND, E_COLOR, E_STYLE, E_PENWIDTH, E_ARROWHEAD, E_DIR, E_SCORE, E_TOOLTIP,
  E_RULE, E_WEIGHT, E_FONTNAME, E_FONTSIZE, E_ARROWSIZE,
  G_LABEL, G_TOOLTIP, G_STYLE, G_COLOR, G_FILLCOLOR, G_RANKDIR, G_FONTNAME,
  G_FONTSIZE, G_NODESEP, G_RANKSEP, G_OUTPUTORDER,
  N_SYMS
} Sym;

static const struct { int kind; const char *name, *def; } sym_decl[N_SYMS] = {
  [N_KIND] = { AGNODE, "kind", "" }, [N_SHAPE] = { AGNODE, "shape", "box" },
  [N_FILLCOLOR] = { AGNODE, "fillcolor", "" }, [N_STYLE] = { AGNODE, "style", "filled" },
  [N_ASSERTION_KIND] = { AGNODE, "assertion_kind", "" }, [N_TEXT] = { AGNODE, "text", "" },
  [N_VERDICT] = { AGNODE, "verdict", "" },
  /* Graphviz's own default, declared whether or not a gvContext has
   * already installed it, so the bytes do not depend on that. */
  [N_LABEL] = { AGNODE, "label", "\\N" },
  [N_TOOLTIP] = { AGNODE, "tooltip", "" }, [N_ID] = { AGNODE, "id", "" },
  [N_CLAIM] = { AGNODE, "claim", "" }, [N_COLOR] = { AGNODE, "color", "#555555" },
  [N_PENWIDTH] = { AGNODE, "penwidth", "1" }, [N_FONTSIZE] = { AGNODE, "fontsize", "10" },
  [N_FONTNAME] = { AGNODE, "fontname", FONT }, [N_MARGIN] = { AGNODE, "margin", "0.08,0.04" },
  [E_KIND] = { AGEDGE, "kind", "" }, [E_COLOR] = { AGEDGE, "color", "" },
  [E_STYLE] = { AGEDGE, "style", "solid" }, [E_PENWIDTH] = { AGEDGE, "penwidth", "1" },
  [E_ARROWHEAD] = { AGEDGE, "arrowhead", "normal" }, [E_DIR] = { AGEDGE, "dir", "forward" },
  [E_SCORE] = { AGEDGE, "score", "" }, [E_TOOLTIP] = { AGEDGE, "tooltip", "" },
  [E_RULE] = { AGEDGE, "rule", "" }, [E_WEIGHT] = { AGEDGE, "weight", "" },
  [E_FONTNAME] = { AGEDGE, "fontname", FONT }, [E_FONTSIZE] = { AGEDGE, "fontsize", "9" },
  [E_ARROWSIZE] = { AGEDGE, "arrowsize", "0.7" },
  [G_LABEL] = { AGRAPH, "label", "" }, [G_TOOLTIP] = { AGRAPH, "tooltip", "" },
  [G_STYLE] = { AGRAPH, "style", "" }, [G_COLOR] = { AGRAPH, "color", "" },
  [G_FILLCOLOR] = { AGRAPH, "fillcolor", "" }, [G_RANKDIR] = { AGRAPH, "rankdir", "LR" },
  [G_FONTNAME] = { AGRAPH, "fontname", FONT }, [G_FONTSIZE] = { AGRAPH, "fontsize", "11" },
  [G_NODESEP] = { AGRAPH, "nodesep", "0.15" }, [G_RANKSEP] = { AGRAPH, "ranksep", "0.5" },
  [G_OUTPUTORDER] = { AGRAPH, "outputorder", "edgesfirst" },
};

/* The attributes are set on a cgraph object (B->g set), or, when the
 * DOT is streamed, kept as the current object's values (obj NULL) until
 * it is written. */
typedef struct {
  Agraph_t *g;
  Agsym_t  *sym[N_SYMS];
  GString  *label, *tip, *scratch, *line;   /* reused for every object */
  /* Streaming: the current object's values, NUL-terminated in vals. */
  GString  *vals;
  gssize    at[N_SYMS];   /* offset in vals, or -1 when not set */
  gboolean  html[N_SYMS];
} Build;

static void
set_value (Build *b, void *obj, Sym s, const char *value, gboolean html)
{
  if (b->g == NULL)
    {
      b->at[s] = (gssize) b->vals->len;
      b->html[s] = html;
      g_string_append_len (b->vals, value, (gssize) strlen (value) + 1);
      return;
    }
  if (!html)
    {
      agxset (obj, b->sym[s], (char *) value);
      return;
    }
  char *s_html = agstrdup_html (b->g, (char *) value);
  agxset (obj, b->sym[s], s_html);
  agstrfree (b->g, s_html);
}

static void
set (Build *b, void *obj, Sym s, const char *value)
{
  set_value (b, obj, s, value, FALSE);
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
cluster_attrs (Build *b, Agraph_t *cluster, CgArticle *a)
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
  dot_text (b->tip, a->path ? a->path : a->id);
  set_scratch (b, cluster, G_TOOLTIP, b->tip);
  set (b, cluster, G_STYLE, "rounded,filled");
  set (b, cluster, G_COLOR, "#bdbdbd");
  set (b, cluster, G_FILLCOLOR, "#fafafa");
}

/* The attributes of node N (on NODE, or kept when streaming); FOLDED is
 * the singleton claim folded into it, or NULL. */
static void
node_attrs (Build *b, Agnode_t *node, CgGraph *graph, guint n, const CgClaim *folded)
{
  const char *id = cg_graph_node_id (graph, n);
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
  /* A folded claim shows as its member's border. */
  if (folded)
    {
      guint v = (guint) folded->verdict < G_N_ELEMENTS (verdict_borders) ? folded->verdict : CG_VERDICT_SINGLE_SOURCE;
      set (b, node, N_CLAIM, folded->id);
      set (b, node, N_VERDICT, cg_verdict_name (folded->verdict));
      set (b, node, N_COLOR, verdict_borders[v]);
      set (b, node, N_PENWIDTH, folded->verdict == CG_VERDICT_SINGLE_SOURCE ? "1" : "2.5");
    }
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
  [CG_EDGE_CHANGES] = "╌╌╌╌▸",
  [CG_EDGE_MEMBER_OF] = "╌╌╌╌∘",
};

/* The node kinds, verdicts and relations present, as the HTML-like label
 * of the legend node, or NULL for an empty selection.  Returns a new
 * string; free with g_free(). */
static char *
legend_html (CgGraph *graph, const CgSubgraph *sub)
{
  gboolean node_kinds[4] = { FALSE }, verdicts[4] = { FALSE }, edge_kinds[CG_EDGE_N_KINDS] = { FALSE };
  if (sub->n_nodes == 0)
    return NULL;
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
  return g_string_free (h, FALSE);
}

/* The legend sits in a cluster of its own; its one node carries
 * kind=legend so readers can skip it. */
static void
legend_cluster_attrs (Build *b, Agraph_t *lg)
{
  set (b, lg, G_LABEL, "");
  set (b, lg, G_STYLE, "rounded,dashed");
  set (b, lg, G_COLOR, "#9e9e9e");
  set (b, lg, G_FILLCOLOR, "#ffffff");
}

static void
legend_node_attrs (Build *b, Agnode_t *n, const char *html)
{
  set (b, n, N_KIND, "legend");
  set (b, n, N_SHAPE, "plaintext");
  set (b, n, N_STYLE, "");
  set (b, n, N_FONTSIZE, "9");
  set_value (b, n, N_LABEL, html, TRUE);
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

/* ---- what is drawn ----------------------------------------------------------
 *
 * Decided once for both writers, so that they draw the same graph.  A
 * claim with one member in view says nothing its member cannot: most
 * claims are single-source singletons, and drawing them doubles the
 * picture.  Such a claim is folded into its member, whose border then
 * takes the verdict colour (JSON and GraphML keep every claim node).
 * Clusters are numbered in the order the nodes first need them. */
typedef struct {
  guint8 *drawn;        /* node in view and not folded */
  guint  *folded_into;  /* member node -> its folded claim's node + 1, or 0 */
  guint  *home;         /* drawn node -> its cluster's article node + 1, or 0 */
  guint  *cluster_of;   /* article node -> cluster number + 1, or 0 */
  guint   n_clusters;
} Plan;

static void
plan_init (Plan *p, CgGraph *graph, const CgSubgraph *sub)
{
  guint n_nodes = cg_graph_n_nodes (graph);
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
  p->drawn = g_new0 (guint8, n_nodes + 1);
  p->folded_into = g_new0 (guint, n_nodes + 1);
  for (guint n = 0; n < n_nodes; n++)
    {
      if (members[n] != 1 || (gint) n == focus)
        fold[n] = 0;
      p->drawn[n] = sub->node_on[n] && !fold[n];
      /* A member of two folded claims shows the later one, as it did
       * when the claims were set on it in node order. */
      if (sub->node_on[n] && fold[n])
        p->folded_into[fold[n] - 1] = n + 1;
    }
  g_free (members);
  g_free (fold);

  p->home = g_new0 (guint, n_nodes + 1);
  p->cluster_of = g_new0 (guint, n_nodes + 1);
  p->n_clusters = 0;
  for (guint n = 0; n < n_nodes; n++)
    {
      if (!p->drawn[n])
        continue;
      CgNodeKind kind = cg_graph_node_kind (graph, n);
      gint art = kind == CG_NODE_ARTICLE ? (gint) n
                 : kind == CG_NODE_ASSERTION ? cg_graph_assertion_article (graph, n) : -1;
      if (art < 0)
        continue;
      p->home[n] = (guint) art + 1;
      if (!p->cluster_of[art])
        p->cluster_of[art] = ++p->n_clusters;
    }
}

static void
plan_clear (Plan *p)
{
  g_free (p->drawn);
  g_free (p->folded_into);
  g_free (p->home);
  g_free (p->cluster_of);
}

static const CgClaim *
plan_folded (const Plan *p, CgGraph *graph, guint n)
{
  return p->folded_into[n] ? cg_graph_node_record (graph, p->folded_into[n] - 1) : NULL;
}

static void
build_init (Build *b, Agraph_t *g)
{
  memset (b, 0, sizeof *b);
  b->g = g;
  b->label = g_string_sized_new (256);
  b->tip = g_string_sized_new (256);
  b->scratch = g_string_sized_new (256);
  b->line = g_string_sized_new (64);
  b->vals = g_string_sized_new (1024);
  for (guint s = 0; s < N_SYMS; s++)
    b->at[s] = -1;
}

static void
build_clear (Build *b)
{
  g_string_free (b->label, TRUE);
  g_string_free (b->tip, TRUE);
  g_string_free (b->scratch, TRUE);
  g_string_free (b->line, TRUE);
  g_string_free (b->vals, TRUE);
}

struct Agraph_s *
cg_dot_build (CgGraph *graph, const CgSubgraph *sub)
{
  Agdisc_t disc = { &arena_mem, &sequential_ids, &dot_io };
  Agraph_t *g = agopen ("claimgraph", Agdirected, &disc);
  Build b;
  build_init (&b, g);
  for (guint s = 0; s < N_SYMS; s++)
    b.sym[s] = agattr (g, sym_decl[s].kind, (char *) sym_decl[s].name, (char *) sym_decl[s].def);

  /* Clusters are created in article order, the nodes in node order, the
   * edges in edge order: the same selection always gives the same bytes. */
  Plan p;
  plan_init (&p, graph, sub);
  guint n_nodes = cg_graph_n_nodes (graph);
  Agraph_t **cluster = g_new0 (Agraph_t *, n_nodes + 1);
  Agnode_t **made = g_new0 (Agnode_t *, n_nodes + 1);
  Grouping grouping;
  grouping_init (&grouping, p.n_clusters);
  for (guint n = 0; n < n_nodes; n++)
    {
      if (!p.drawn[n])
        continue;
      Agraph_t *where = g;
      if (p.home[n])
        {
          guint art = p.home[n] - 1;
          if (cluster[art] == NULL)
            {
              CgArticle *a = cg_graph_node_record (graph, art);
              Agraph_t *parent = grouping_next (&grouping, g);
              g_string_printf (b.scratch, "cluster_%s", a->id);
              cluster[art] = agsubg (parent, b.scratch->str, TRUE);
              g_string_truncate (b.scratch, 0);
              cluster_attrs (&b, cluster[art], a);
            }
          where = cluster[art];
        }
      made[n] = agnode (where, (char *) cg_graph_node_id (graph, n), TRUE);
      node_attrs (&b, made[n], graph, n, plan_folded (&p, graph, n));
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
  char *html = legend_html (graph, sub);
  if (html)
    {
      Agraph_t *lg = agsubg (g, "cluster_legend", TRUE);
      legend_cluster_attrs (&b, lg);
      legend_node_attrs (&b, agnode (lg, "legend", TRUE), html);
      g_free (html);
    }
  g_free (cluster);
  g_free (made);
  plan_clear (&p);
  build_clear (&b);
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

/* ---- the streamed writer ----------------------------------------------------
 *
 * A graph too large to lay out is only ever read back, and building it
 * in cgraph first costs most of the export: a string interned per
 * attribute value, a dictionary insertion per node and edge in every
 * enclosing subgraph, and agwrite()'s search of the subgraphs for each
 * object.  So above CG_DOT_STREAM_NODES nodes the same Build code sets
 * the same attributes, and each object is written as soon as they are
 * known: the same graph, subgraphs, nodes, edges and attribute values as
 * agwrite() would write, one object per line, the root's nodes before
 * all edges.  Names and values are quoted by agwrite()'s rules: an ID,
 * a numeral or an HTML-like string as is, anything else (or a DOT
 * keyword) in double quotes with '"' escaped; other bytes are dot_text()'s
 * business, as on the cgraph path.  (cg-bench dot-synthetic, 1,000,000
 * nodes: 4.2 CPU s instead of 16.7, 611 MB peak for the whole run instead
 * of 2.2 GB.) */
#define CG_DOT_STREAM_NODES 10000   /* render.c's CG_RENDER_MAX_NODES: a graph
                                     * the renderer refuses is streamed */

typedef struct {
  FILE     *f;
  GString  *o;
  gboolean  failed;
  guint     depth;     /* open braces, for the indent */
  Sym       order[N_SYMS];   /* by name, as cgraph's dictionaries keep them */
} Stream;

static void
stream_drain (Stream *s)
{
  if (s->o->len > 0 && fwrite (s->o->str, 1, s->o->len, s->f) != s->o->len)
    s->failed = TRUE;
  g_string_truncate (s->o, 0);
}

static void
stream_indent (Stream *s)
{
  for (guint i = 0; i < s->depth; i++)
    g_string_append_c (s->o, '\t');
}

static gboolean
is_keyword (const char *v)
{
  static const char *const keywords[] = { "node", "edge", "strict", "graph", "digraph", "subgraph" };
  /* Only a value as long as a keyword is compared with it. */
  gsize len = strnlen (v, 9);
  for (guint i = 0; i < G_N_ELEMENTS (keywords); i++)
    if (strlen (keywords[i]) == len && g_ascii_strcasecmp (v, keywords[i]) == 0)
      return TRUE;
  return FALSE;
}

/* A numeral as DOT reads one: [-]digits[.digits] or [-].digits. */
static gboolean
is_numeral (const char *v)
{
  const char *p = v + (*v == '-');
  gboolean digits = FALSE, dot = FALSE;
  for (; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        digits = TRUE;
      else if (*p == '.' && !dot)
        dot = TRUE;
      else
        return FALSE;
    }
  return digits;
}

static gboolean
is_id (const char *v)
{
  if (g_ascii_isdigit (*v))
    return FALSE;
  for (const guchar *p = (const guchar *) v; *p; p++)
    if (!(g_ascii_isalnum (*p) || *p == '_' || *p >= 0x80))
      return FALSE;
  return TRUE;
}

static void
put_canon (GString *o, const char *v, gboolean html)
{
  if (html)
    {
      g_string_append_c (o, '<');
      g_string_append (o, v);
      g_string_append_c (o, '>');
      return;
    }
  if (*v && (is_id (v) ? !is_keyword (v) : is_numeral (v)))
    {
      g_string_append (o, v);
      return;
    }
  g_string_append_c (o, '"');
  for (const char *run = v;;)
    {
      const char *q = strchr (run, '"');
      if (q == NULL)
        {
          g_string_append (o, run);
          break;
        }
      g_string_append_len (o, run, q - run);
      g_string_append (o, "\\\"");
      run = q + 1;
    }
  g_string_append_c (o, '"');
}

/* The current object's attributes of KIND, by name, then forgotten.  A
 * node's or edge's value equal to the declared default is left out; a
 * subgraph's is written, as agwrite() writes what a subgraph sets, unless
 * empty like the root's.  A node's or edge's list is " [...]" after its
 * name; a subgraph's is a "graph [...];" statement, when anything is set. */
static void
put_attrs (Stream *s, Build *b, int kind)
{
  guint written = 0;
  for (guint i = 0; i < N_SYMS; i++)
    {
      Sym k = s->order[i];
      if (sym_decl[k].kind != kind || b->at[k] < 0)
        continue;
      const char *v = b->vals->str + b->at[k];
      gboolean html = b->html[k];
      b->at[k] = -1;
      if (kind == AGRAPH ? *v == '\0' && *sym_decl[k].def == '\0' : !html && strcmp (v, sym_decl[k].def) == 0)
        continue;
      if (written++ == 0)
        {
          if (kind == AGRAPH)
            {
              stream_indent (s);
              g_string_append (s->o, "graph");
            }
          g_string_append (s->o, " [");
        }
      else
        g_string_append (s->o, ", ");
      put_canon (s->o, sym_decl[k].name, FALSE);
      g_string_append_c (s->o, '=');
      put_canon (s->o, v, html);
    }
  g_string_truncate (b->vals, 0);
  if (written)
    g_string_append_c (s->o, ']');
  if (kind == AGRAPH && written)
    g_string_append (s->o, ";\n");
}

/* The declared defaults of KIND that are not empty, as agwrite() opens
 * the root with them. */
static void
put_defaults (Stream *s, int kind, const char *what)
{
  guint written = 0;
  for (guint i = 0; i < N_SYMS; i++)
    {
      Sym k = s->order[i];
      if (sym_decl[k].kind != kind || *sym_decl[k].def == '\0')
        continue;
      g_string_append (s->o, written++ ? ", " : "\t");
      if (written == 1)
        {
          g_string_append (s->o, what);
          g_string_append (s->o, " [");
        }
      put_canon (s->o, sym_decl[k].name, FALSE);
      g_string_append_c (s->o, '=');
      put_canon (s->o, sym_decl[k].def, FALSE);
    }
  if (written)
    g_string_append (s->o, "];\n");
}

static void
open_subgraph (Stream *s, const char *name)
{
  stream_indent (s);
  g_string_append (s->o, "subgraph ");
  put_canon (s->o, name, FALSE);
  g_string_append (s->o, " {\n");
  s->depth++;
}

static void
close_subgraph (Stream *s)
{
  s->depth--;
  stream_indent (s);
  g_string_append (s->o, "}\n");
}

/* Write the node whose attributes B holds, named ID. */
static void
put_node (Stream *s, Build *b, const char *id)
{
  stream_indent (s);
  put_canon (s->o, id, FALSE);
  put_attrs (s, b, AGNODE);
  g_string_append (s->o, ";\n");
  if (s->o->len >= (1 << 16))
    stream_drain (s);
}

/* Open the groups cluster I starts (as grouping_next() makes them),
 * closing those that end before it. */
static void
open_groups (Stream *s, const Grouping *gr, guint i)
{
  char name[64];
  if (gr->per_group)
    {
      if (i % gr->per_group == 0)
        {
          if (i > 0)
            close_subgraph (s);
          g_snprintf (name, sizeof name, "group_%u", i / gr->per_group);
          open_subgraph (s, name);
        }
      return;
    }
  if (gr->levels == 0)
    return;
  /* The highest level whose group starts here. */
  guint top = 0;
  guint64 span = 1;
  for (guint l = 1; l <= gr->levels; l++)
    {
      span *= GROUP_FANOUT;
      if (i % span == 0)
        top = l;
    }
  if (i > 0)
    for (guint l = 1; l <= top; l++)
      close_subgraph (s);
  for (guint l = top; l >= 1; l--)
    {
      span = 1;
      for (guint k = 0; k < l; k++)
        span *= GROUP_FANOUT;
      g_snprintf (name, sizeof name, "group_%u_%" G_GUINT64_FORMAT, l, i / span);
      open_subgraph (s, name);
    }
}

static void
close_groups (Stream *s, const Grouping *gr)
{
  guint open = gr->per_group ? 1 : gr->levels;
  for (guint l = 0; l < open && gr->made > 0; l++)
    close_subgraph (s);
}

typedef struct {
  CgGraph          *graph;
  const CgSubgraph *sub;
} StreamJob;

static int
cmp_sym_name (const void *a, const void *b)
{
  return strcmp (sym_decl[*(const Sym *) a].name, sym_decl[*(const Sym *) b].name);
}

static gboolean
write_stream (FILE *f, gpointer data, GError **error)
{
  StreamJob *job = data;
  CgGraph *graph = job->graph;
  const CgSubgraph *sub = job->sub;
  Stream s = { f, g_string_sized_new ((1 << 16) + 4096), FALSE, 0, { 0 } };
  for (guint i = 0; i < N_SYMS; i++)
    s.order[i] = (Sym) i;
  qsort (s.order, N_SYMS, sizeof s.order[0], cmp_sym_name);
  Build b;
  build_init (&b, NULL);
  Plan p;
  plan_init (&p, graph, sub);
  guint n_nodes = cg_graph_n_nodes (graph);

  /* Each cluster's drawn nodes, in node order: the article's own node
   * first, then its assertions. */
  guint *start = g_new0 (guint, p.n_clusters + 1);
  guint *article = g_new0 (guint, p.n_clusters + 1);
  for (guint n = 0; n < n_nodes; n++)
    if (p.home[n])
      {
        guint c = p.cluster_of[p.home[n] - 1] - 1;
        start[c + 1]++;
        article[c] = p.home[n] - 1;
      }
  for (guint c = 1; c <= p.n_clusters; c++)
    start[c] += start[c - 1];
  guint *member = g_new (guint, start[p.n_clusters] + 1);
  guint *fill = g_memdup2 (start, (p.n_clusters + 1) * sizeof *start);
  for (guint n = 0; n < n_nodes; n++)
    if (p.home[n])
      {
        guint c = p.cluster_of[p.home[n] - 1] - 1;
        member[fill[c]++] = n;
      }
  g_free (fill);

  g_string_append (s.o, "digraph claimgraph {\n");
  put_defaults (&s, AGRAPH, "graph");
  put_defaults (&s, AGNODE, "node");
  put_defaults (&s, AGEDGE, "edge");
  s.depth = 1;
  Grouping grouping;
  grouping_init (&grouping, p.n_clusters);
  for (guint c = 0; c < p.n_clusters; c++)
    {
      open_groups (&s, &grouping, grouping.made++);
      CgArticle *a = cg_graph_node_record (graph, article[c]);
      g_string_printf (b.scratch, "cluster_%s", a->id);
      open_subgraph (&s, b.scratch->str);
      g_string_truncate (b.scratch, 0);
      cluster_attrs (&b, NULL, a);
      put_attrs (&s, &b, AGRAPH);
      for (guint k = start[c]; k < start[c + 1]; k++)
        {
          guint n = member[k];
          node_attrs (&b, NULL, graph, n, plan_folded (&p, graph, n));
          put_node (&s, &b, cg_graph_node_id (graph, n));
        }
      close_subgraph (&s);
    }
  close_groups (&s, &grouping);
  g_free (start);
  g_free (article);
  g_free (member);
  char *html = legend_html (graph, sub);
  if (html)
    {
      open_subgraph (&s, "cluster_legend");
      legend_cluster_attrs (&b, NULL);
      put_attrs (&s, &b, AGRAPH);
      legend_node_attrs (&b, NULL, html);
      put_node (&s, &b, "legend");
      close_subgraph (&s);
      g_free (html);
    }
  for (guint n = 0; n < n_nodes; n++)
    if (p.drawn[n] && !p.home[n])
      {
        node_attrs (&b, NULL, graph, n, plan_folded (&p, graph, n));
        put_node (&s, &b, cg_graph_node_id (graph, n));
      }
  for (guint e = 0; e < cg_graph_n_edges (graph) && !s.failed; e++)
    {
      if (!sub->edge_on[e])
        continue;
      guint from, to;
      CgEdgeKind kind;
      CgLink *link;
      cg_graph_edge (graph, e, &from, &to, &kind, &link);
      if (!p.drawn[from] || !p.drawn[to])
        continue;   /* the member_of edge of a folded claim */
      style_edge (&b, NULL, kind, link);
      g_string_append_c (s.o, '\t');
      put_canon (s.o, cg_graph_node_id (graph, from), FALSE);
      g_string_append (s.o, " -> ");
      put_canon (s.o, cg_graph_node_id (graph, to), FALSE);
      put_attrs (&s, &b, AGEDGE);
      g_string_append (s.o, ";\n");
      if (s.o->len >= (1 << 16))
        stream_drain (&s);
    }
  g_string_append (s.o, "}\n");
  stream_drain (&s);
  gboolean ok = !s.failed && fflush (f) == 0 && !ferror (f);
  g_string_free (s.o, TRUE);
  plan_clear (&p);
  build_clear (&b);
  if (!ok)
    g_set_error (error, CG_ERROR, CG_ERROR_IO, "cannot write the DOT graph");
  return ok;
}

gboolean
cg_subgraph_export_dot (CgGraph *graph, const CgSubgraph *sub, CgDotWriter writer,
                        const char *out_path, GError **error)
{
  if (writer == CG_DOT_STREAM || (writer == CG_DOT_AUTO && sub->n_nodes > CG_DOT_STREAM_NODES))
    {
      StreamJob job = { graph, sub };
      return cg_graph_write_output (out_path, write_stream, &job, error);
    }
  Agraph_t *g = cg_dot_build (graph, sub);
  gboolean ok = cg_graph_write_output (out_path, write_dot, g, error);
  cg_dot_free (g);
  return ok;
}

gboolean
cg_export_dot (CgGraph *graph, const CgSubgraph *sub, const char *out_path, GError **error)
{
  return cg_subgraph_export_dot (graph, sub, CG_DOT_AUTO, out_path, error);
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
