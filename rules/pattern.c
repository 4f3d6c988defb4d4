/* pattern.c: compiling and matching attribution patterns (see cg-pattern.h).
 *
 * A pattern is matched outward from an anchor (its first cue, else its
 * first literal word, else its first quotation): elements left of the
 * anchor are matched right to left, elements right of it left to right,
 * with backtracking over optional elements and skips.  Anchoring keeps the
 * cost proportional to the number of cues and quotes in a text, not to the
 * number of tokens times the number of patterns.
 */
#include "cg-pattern.h"
#include "cg-model.h"

#include <string.h>

#define MAX_ELEMS 24
#define CG_PAT_CAPITALIZED (1 << 2)  /* CG_TOKEN_CAPITALIZED of cg-segment.h */
#define NONE G_MAXUINT

typedef enum {
  E_QUOTE,
  E_SOURCE,
  E_CUE,
  E_PREP,
  E_CONTENT,
  E_BOS,
  E_EOS,
  E_SKIP,
  E_LIT,
  E_NOUN,
  E_POSS
} ElemType;

typedef struct {
  ElemType  type;
  gboolean  optional;
  char    **alts;     /* E_LIT: casefolded alternatives */
  char     *filter;   /* E_CUE: required attribute (=yes), or NULL */
  guint     max;      /* E_SKIP: the longest skip; 0 for the set's default */
  guint     bit;      /* E_CUE with a filter: its bit in CgPatToken.cue_mask */
  gboolean  name_only; /* NAME: a SOURCE whose last word is capitalized */
  guint32   firsts;   /* alts_index(): bit (b & 31) for the first byte b of each alternative; 0 = not set */
  GPtrArray *nouns;   /* E_NOUN: the CgRule* of its section (alts: their first words) */
  gboolean  np;       /* CONTENT:np: a noun phrase (the caller's np_end callback) */
} Elem;

typedef struct {
  const CgRule *rule;
  Elem          elems[MAX_ELEMS];
  guint         n;
  guint         anchor;
  /* The anchor's neighbours that neighbours_possible() must test: NB_LEFT
   * and NB_RIGHT when the element before or after the anchor is a
   * non-optional literal or quotation (set once from the elements, so most
   * tries of a pattern skip the test whole); NB_RIGHT_SKIP when a skip
   * and a non-optional literal follow the anchor ("CUE * :|, QUOTE"): the
   * literal must come within the skip's reach, tested before the elements
   * left of the anchor (a speaker's scan back) are tried; NB_RIGHT_EOS
   * when all that follows the anchor is a sentence end, with a skip
   * before it or not ("CONTENT , SOURCE CUE * EOS"): a sentence end must
   * come within the skip's reach, tested likewise first. */
  guint         nb_check;
  /* NB_RIGHT_SKIP: the patterns whose skip and literal after the anchor
   * are alike (the same reach, the same words: "CUE:that * that" in five
   * patterns) share a class, so one scan answers for all of them at a
   * token (SkipMemo); NONE when the set has too many classes. */
  guint         skip_class;
  /* The elements NB_LEFT and NB_RIGHT test (else NULL), for
   * nb_cannot()'s inline look at the neighbours before the call. */
  const Elem   *nb_left, *nb_right;
} Pattern;

#define SKIP_CLASSES 8

/* The answers of neighbours_possible()'s skip scans at one anchor, per
 * class: the anchor's end they hold for, and 0 unknown, 1 found, 2 not. */
typedef struct {
  guint  end[SKIP_CLASSES];
  guint8 state[SKIP_CLASSES];
} SkipMemo;

enum { NB_LEFT = 1, NB_RIGHT = 2, NB_RIGHT_SKIP = 4, NB_RIGHT_EOS = 8 };

struct _CgPatternSet {
  Pattern    *patterns;
  guint       n;
  guint       skip;
  GPtrArray  *filters;       /* char*: the distinct CUE filters; index = bit */
  GHashTable *anchor_words;  /* literal words some pattern is anchored on */
  GHashTable *noun_words;    /* first words of the NOUN elements some pattern is anchored on */
};

/* ---- compiling ------------------------------------------------------------ */

/* E's firsts from its alternatives, for lit_ok(). */
static void
alts_index (Elem *e)
{
  guint32 bits = 0;
  for (char **a = e->alts; a && *a; a++)
    bits |= 1u << ((guchar) (*a)[0] & 31);
  e->firsts = bits;
}

/* Rules by their first word; g_ptr_array_sort() is stable, so phrases of
 * one first word keep their file order (noun_at() takes the first of the
 * longest). */
static gint
noun_first_cmp (gconstpointer a, gconstpointer b)
{
  const CgRule *x = *(const CgRule *const *) a, *y = *(const CgRule *const *) b;
  return strcmp (x->words[0], y->words[0]);
}

/* NOUN:section: the phrases of cue-nouns.rules [section]; the element's
 * alts are their distinct first words, so it anchors like a literal. The
 * phrases are kept sorted by first word so that noun_at() reads only
 * those of the token's word (a section holds hundreds). */
static gboolean
parse_noun (CgRules *rules, const char *section, Elem *e, const CgRule *rule, GError **error)
{
  if (!cg_rules_require (rules, "cue-nouns", error))
    return FALSE;
  GPtrArray *list = cg_rules_entries (rules, "cue-nouns", section);
  if (list->len == 0)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_RULES, "%s:%u: NOUN:%s: no section [%s] in cue-nouns.rules",
                   rule->file, rule->line, section, section);
      return FALSE;
    }
  e->type = E_NOUN;
  e->nouns = g_ptr_array_new ();
  for (guint i = 0; i < list->len; i++)
    {
      const CgRule *n = g_ptr_array_index (list, i);
      if (n->n_words > 0)
        g_ptr_array_add (e->nouns, (gpointer) n);
    }
  g_ptr_array_sort (e->nouns, noun_first_cmp);
  GPtrArray *firsts = g_ptr_array_new ();
  for (guint i = 0; i < e->nouns->len; i++)
    {
      const CgRule *n = g_ptr_array_index (e->nouns, i);
      if (i == 0 || strcmp (((const CgRule *) g_ptr_array_index (e->nouns, i - 1))->words[0], n->words[0]) != 0)
        g_ptr_array_add (firsts, g_strdup (n->words[0]));
    }
  g_ptr_array_add (firsts, NULL);
  e->alts = (char **) g_ptr_array_free (firsts, FALSE);
  alts_index (e);
  return TRUE;
}

static gboolean
parse_elem (CgRules *rules, const char *word, Elem *e, const CgRule *rule, GError **error)
{
  char *w = g_strdup (word);
  gsize len = strlen (w);
  memset (e, 0, sizeof *e);
  if (len > 1 && w[len - 1] == '?')
    {
      e->optional = TRUE;
      w[--len] = '\0';
    }
  char *colon = strchr (w, ':');
  if (colon && colon != w && strncmp (w, "CUE:", 4) == 0)
    {
      e->filter = g_strdup (colon + 1);
      *colon = '\0';
    }
  if (strncmp (w, "NOUN:", 5) == 0 && w[5])
    {
      gboolean ok = parse_noun (rules, w + 5, e, rule, error);
      g_free (w);
      return ok;
    }
  if (strcmp (w, "QUOTE") == 0)
    e->type = E_QUOTE;
  else if (strcmp (w, "POSS") == 0)
    e->type = E_POSS;
  else if (strcmp (w, "SOURCE") == 0)
    e->type = E_SOURCE;
  else if (strcmp (w, "NAME") == 0)
    {
      e->type = E_SOURCE;
      e->name_only = TRUE;
    }
  else if (strcmp (w, "CUE") == 0)
    e->type = E_CUE;
  else if (strcmp (w, "PREP") == 0)
    e->type = E_PREP;
  else if (strcmp (w, "CONTENT") == 0)
    e->type = E_CONTENT;
  else if (strcmp (w, "CONTENT:np") == 0)
    {
      e->type = E_CONTENT;
      e->np = TRUE;
    }
  else if (strcmp (w, "BOS") == 0)
    e->type = E_BOS;
  else if (strcmp (w, "EOS") == 0)
    e->type = E_EOS;
  else if (w[0] == '*' && (w[1] == '\0' || g_ascii_isdigit (w[1])))
    {
      e->type = E_SKIP;
      e->max = (guint) g_ascii_strtoull (w + 1, NULL, 10);
    }
  else
    {
      gboolean upper = TRUE;
      for (const char *p = w; *p; p++)
        if (!g_ascii_isupper (*p) && *p != '_')
          upper = FALSE;
      if (upper && g_ascii_isalpha (w[0]) && len > 1)
        {
          g_set_error (error, CG_ERROR, CG_ERROR_RULES, "%s:%u: unknown pattern element \"%s\"",
                       rule->file, rule->line, w);
          g_free (w);
          return FALSE;
        }
      e->type = E_LIT;
      char *folded = g_utf8_casefold (w, -1);
      /* A lone "|" is a literal bar, not an empty alternative list. */
      e->alts = strcmp (folded, "|") == 0 ? g_strsplit (folded, "\x01", -1) : g_strsplit (folded, "|", -1);
      g_free (folded);
      alts_index (e);
    }
  g_free (w);
  return TRUE;
}

static void
pattern_clear (Pattern *p)
{
  for (guint i = 0; i < p->n; i++)
    {
      g_strfreev (p->elems[i].alts);
      g_free (p->elems[i].filter);
      if (p->elems[i].nouns)
        g_ptr_array_unref (p->elems[i].nouns);
    }
}

static gboolean
compile (CgRules *rules, Pattern *p, const CgRule *rule, GError **error)
{
  p->rule = rule;
  if (cg_rule_attr (rule, "name") == NULL)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_RULES, "%s:%u: pattern without name=", rule->file, rule->line);
      return FALSE;
    }
  char **words = g_strsplit_set (rule->phrase, " \t", -1);
  gboolean ok = TRUE;
  for (char **w = words; *w && ok; w++)
    {
      if (**w == '\0')
        continue;
      if (p->n == MAX_ELEMS)
        {
          g_set_error (error, CG_ERROR, CG_ERROR_RULES, "%s:%u: pattern longer than %d elements",
                       rule->file, rule->line, MAX_ELEMS);
          ok = FALSE;
          break;
        }
      ok = parse_elem (rules, *w, &p->elems[p->n], rule, error);
      if (ok)
        p->n++;
    }
  g_strfreev (words);
  if (!ok)
    return FALSE;
  guint anchor = NONE;
  for (guint i = 0; i < p->n && anchor == NONE; i++)
    if (p->elems[i].type == E_CUE || p->elems[i].type == E_PREP)
      anchor = i;
  for (guint i = 0; i < p->n && anchor == NONE; i++)
    if (p->elems[i].type == E_NOUN)
      anchor = i;
  for (guint i = 0; i < p->n && anchor == NONE; i++)
    if (p->elems[i].type == E_LIT && g_unichar_isalpha (g_utf8_get_char (p->elems[i].alts[0])))
      anchor = i;
  for (guint i = 0; i < p->n && anchor == NONE; i++)
    if (p->elems[i].type == E_QUOTE)
      anchor = i;
  for (guint i = 0; i < p->n && anchor == NONE; i++)
    if (p->elems[i].type == E_LIT)
      anchor = i;
  if (anchor == NONE || p->elems[anchor].optional)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_RULES,
                   "%s:%u: a pattern needs a non-optional CUE, PREP, literal or QUOTE to anchor it",
                   rule->file, rule->line);
      return FALSE;
    }
  p->anchor = anchor;
  p->nb_check = 0;
  if (anchor > 0 && !p->elems[anchor - 1].optional
      && (p->elems[anchor - 1].type == E_LIT || p->elems[anchor - 1].type == E_QUOTE))
    p->nb_check |= NB_LEFT;
  if (anchor + 1 < p->n && !p->elems[anchor + 1].optional
      && (p->elems[anchor + 1].type == E_LIT || p->elems[anchor + 1].type == E_QUOTE))
    p->nb_check |= NB_RIGHT;
  if (anchor + 2 < p->n && p->elems[anchor + 1].type == E_SKIP && p->elems[anchor + 2].type == E_LIT
      && !p->elems[anchor + 2].optional)
    p->nb_check |= NB_RIGHT_SKIP;
  if ((anchor + 2 == p->n && p->elems[anchor + 1].type == E_EOS && !p->elems[anchor + 1].optional)
      || (anchor + 3 == p->n && p->elems[anchor + 1].type == E_SKIP && p->elems[anchor + 2].type == E_EOS
          && !p->elems[anchor + 2].optional))
    p->nb_check |= NB_RIGHT_EOS;
  p->nb_left = (p->nb_check & NB_LEFT) ? &p->elems[anchor - 1] : NULL;
  p->nb_right = (p->nb_check & NB_RIGHT) ? &p->elems[anchor + 1] : NULL;
  return TRUE;
}

/* The skip class of pattern P (NB_RIGHT_SKIP), among the patterns of SET
 * compiled before it: that of the first with the same reach and words, a
 * new one, or NONE past SKIP_CLASSES. */
static guint
skip_class (const CgPatternSet *set, const Pattern *p)
{
  const Elem *sk = &p->elems[p->anchor + 1], *lit = &p->elems[p->anchor + 2];
  guint max = sk->max ? sk->max : set->skip, used = 0;
  for (guint i = 0; i < set->n; i++)
    {
      const Pattern *q = &set->patterns[i];
      if (q->skip_class == NONE)
        continue;
      const Elem *qsk = &q->elems[q->anchor + 1], *qlit = &q->elems[q->anchor + 2];
      if ((qsk->max ? qsk->max : set->skip) == max && g_strv_equal ((const char *const *) qlit->alts,
                                                                   (const char *const *) lit->alts))
        return q->skip_class;
      used = MAX (used, q->skip_class + 1);
    }
  return used < SKIP_CLASSES ? used : NONE;
}

CgPatternSet *
cg_pattern_set_new (CgRules *rules, const char *name, guint skip, GError **error)
{
  if (!cg_rules_require (rules, name, error))
    return NULL;
  GPtrArray *entries = cg_rules_entries (rules, name, "patterns");
  CgPatternSet *set = g_new0 (CgPatternSet, 1);
  set->patterns = g_new0 (Pattern, entries->len ? entries->len : 1);
  set->skip = skip;
  set->anchor_words = g_hash_table_new (g_str_hash, g_str_equal);
  set->noun_words = g_hash_table_new (g_str_hash, g_str_equal);
  set->filters = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < entries->len; i++)
    {
      Pattern *p = &set->patterns[set->n];
      if (!compile (rules, p, g_ptr_array_index (entries, i), error))
        {
          pattern_clear (p);
          cg_pattern_set_free (set);
          return NULL;
        }
      for (guint k = 0; k < p->n; k++)
        if (p->elems[k].filter)
          {
            guint b;
            for (b = 0; b < set->filters->len; b++)
              if (strcmp (g_ptr_array_index (set->filters, b), p->elems[k].filter) == 0)
                break;
            if (b == set->filters->len)
              {
                if (b == 32)
                  {
                    g_set_error (error, CG_ERROR, CG_ERROR_RULES, "%s:%u: more than 32 distinct CUE filters",
                                 p->rule->file, p->rule->line);
                    set->n++;
                    cg_pattern_set_free (set);
                    return NULL;
                  }
                g_ptr_array_add (set->filters, g_strdup (p->elems[k].filter));
              }
            p->elems[k].bit = b;
          }
      p->skip_class = NONE;
      if (p->nb_check & NB_RIGHT_SKIP)
        p->skip_class = skip_class (set, p);
      if (p->elems[p->anchor].type == E_LIT || p->elems[p->anchor].type == E_NOUN)
        for (char **a = p->elems[p->anchor].alts; *a; a++)
          g_hash_table_add (p->elems[p->anchor].type == E_LIT ? set->anchor_words : set->noun_words, *a);
      set->n++;
    }
  return set;
}

void
cg_pattern_set_free (CgPatternSet *set)
{
  if (set == NULL)
    return;
  for (guint i = 0; i < set->n; i++)
    pattern_clear (&set->patterns[i]);
  if (set->anchor_words)
    g_hash_table_unref (set->anchor_words);
  if (set->noun_words)
    g_hash_table_unref (set->noun_words);
  if (set->filters)
    g_ptr_array_unref (set->filters);
  g_free (set->patterns);
  g_free (set);
}

guint
cg_pattern_set_size (const CgPatternSet *set)
{
  return set->n;
}

const CgRule *
cg_pattern_rule (const CgPatternSet *set, guint i)
{
  return set->patterns[i].rule;
}

/* ---- matching ------------------------------------------------------------- */

typedef struct {
  const CgPatternSet *set;
  const Pattern      *p;
  const CgPatInput   *in;
  guint               start[MAX_ELEMS];
  guint               end[MAX_ELEMS];
  guint               group[MAX_ELEMS];   /* E_CUE: start of the cue group */
} Ctx;

static gboolean
is_quote_mark (const CgPatToken *t)
{
  return t->quote_open >= 0 || t->quote_close >= 0;
}

/* Whether the word W is the one-byte punctuation C. */
static inline gboolean
is_char (const char *w, char c)
{
  return w[0] == c && w[1] == '\0';
}

static inline gboolean
is_dash (const char *w)
{
  /* bytewise: the test runs on every token some scans pass */
  if (w[0] == '-')
    return w[1] == '\0';
  return (guchar) w[0] == 0xE2 && (guchar) w[1] == 0x80 && ((guchar) w[2] == 0x94 || (guchar) w[2] == 0x93)
         && w[3] == '\0';
}

/* Whether adjacent tokens A and A+1 may belong to one attribution.  A
 * sentence boundary may be crossed next to a quotation mark (the segmenter
 * may end a sentence inside '"...?" he asked'), a paragraph boundary only
 * from a closing mark to a dash ("— columnist Thomas L. Friedman"). */
static gboolean __attribute__ ((noinline))
connected_across (const CgPatInput *in, guint a)
{
  const CgPatToken *x = &in->tokens[a], *y = &in->tokens[a + 1];
  if (x->paragraph == y->paragraph)
    {
      /* '"Is he?" she asked' runs on; '"... Ukraine." He wrote' does not. */
      if (x->quote_close >= 0 && a > 0 && is_char (in->tokens[a - 1].word, '.'))
        return FALSE;
      return is_quote_mark (x) || is_quote_mark (y);
    }
  /* "... told reporters:" and the quotation in the next paragraph */
  if (is_char (x->word, ':') && y->quote_open >= 0)
    return TRUE;
  return x->quote_close >= 0 && is_dash (y->word);
}

/* connected() is asked a few times per try of a pattern: the common case,
 * two tokens of one sentence, inline. */
static inline gboolean
connected (const CgPatInput *in, guint a)
{
  return in->tokens[a].sentence == in->tokens[a + 1].sentence || connected_across (in, a);
}

static gboolean __attribute__ ((noinline))
lit_list_ok (const Elem *e, const CgPatToken *t)
{
  for (char **a = e->alts; *a; a++)
    if ((*a)[0] == t->word[0] && strcmp (*a, t->word) == 0)
      return TRUE;
  return FALSE;
}

/* Whether T's first byte is one of E's alternatives' (or E has no mask). */
static inline gboolean
first_ok (const Elem *e, const CgPatToken *t)
{
  return !e->firsts || ((e->firsts >> ((guchar) t->word[0] & 31)) & 1);
}

static inline gboolean
lit_ok (const Elem *e, const CgPatToken *t)
{
  /* most tokens tried start with no alternative's first byte: the mask,
   * inline, turns them away before the call that reads the list (a NOUN
   * element's may be long) */
  if (e->firsts && !((e->firsts >> ((guchar) t->word[0] & 31)) & 1))
    return FALSE;
  return lit_list_ok (e, t);
}

/* The longest phrase of NOUN:section element E on tokens [POS, LIMIT)
 * within one sentence, or NULL; *LEN gets its length in tokens.  With
 * EXACT, only one of exactly LIMIT - POS tokens. */
static const CgRule *
noun_at (const Elem *e, const CgPatInput *in, guint pos, guint limit, gboolean exact, guint *len)
{
  const CgRule *best = NULL;
  *len = 0;
  if (pos >= limit)
    return NULL;
  const char *first = in->tokens[pos].word;
  /* the first phrase whose first word is not below the token's */
  guint lo = 0, hi = e->nouns->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const CgRule *n = g_ptr_array_index (e->nouns, mid);
      if (strcmp (n->words[0], first) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < e->nouns->len; i++)
    {
      const CgRule *n = g_ptr_array_index (e->nouns, i);
      if (strcmp (n->words[0], first) != 0)
        break;
      if (pos + n->n_words > limit || n->n_words <= *len || (exact && pos + n->n_words != limit))
        continue;
      guint k;
      for (k = 1; k < n->n_words; k++)
        if (in->tokens[pos + k].word[0] != n->words[k][0] || strcmp (in->tokens[pos + k].word, n->words[k]) != 0
            || in->tokens[pos + k].sentence != in->tokens[pos].sentence)
          break;
      if (k == n->n_words)
        {
          best = n;
          *len = n->n_words;
        }
    }
  return best;
}

/* Whether CUE has the attribute FILTER asks for: "key" (key=yes) or
 * "key=value"; "a+b" asks for both. */
static gboolean
filter_ok (const char *filter, const CgRule *cue)
{
  const char *plus = strchr (filter, '+');
  char part[64];
  if (plus)
    {
      g_strlcpy (part, filter, MIN (sizeof part, (gsize) (plus - filter) + 1));
      return filter_ok (part, cue) && filter_ok (plus + 1, cue);
    }
  const char *eq = strchr (filter, '=');
  if (eq == NULL)
    {
      const char *v = cg_rule_attr (cue, filter);
      return v && strcmp (v, "yes") == 0;
    }
  char key[64];
  g_strlcpy (key, filter, MIN (sizeof key, (gsize) (eq - filter) + 1));
  const char *v = cg_rule_attr (cue, key);
  return v && strcmp (v, eq + 1) == 0;
}

guint
cg_pattern_set_cue_mask (const CgPatternSet *set, const CgRule *cue)
{
  guint mask = 0;
  for (guint i = 0; cue && i < set->filters->len; i++)
    if (filter_ok (g_ptr_array_index (set->filters, i), cue))
      mask |= 1u << i;
  return mask;
}

static gboolean
cue_ok (const Elem *e, const CgPatToken *t)
{
  return t->cue && (e->filter == NULL || (t->cue_mask & (1u << e->bit)));
}

static gboolean
range_free (const CgPatInput *in, guint s, guint e)
{
  for (guint i = s; i < e; i++)
    if (in->tokens[i].taken)
      return FALSE;
  return TRUE;
}

static gboolean
is_closing_punct (const CgPatToken *t)
{
  return (t->flags & 2 /* CG_TOKEN_PUNCT */) && t->quote_open < 0 && t->quote_close < 0;
}

/* The end of the clause that starts at POS: the end of its sentence,
 * stretched over any quotation opened inside it, without the closing
 * punctuation; or the first STOP literal (not inside a quotation). */
static guint
content_end (const CgPatInput *in, guint pos, const Elem *stop)
{
  guint s = in->tokens[pos].sentence;
  guint end = in->sentence_end[s];
  gint q = in->tokens[pos].inside;
  if (q >= 0 && in->quotes[q].close < end)
    end = in->quotes[q].close;
  for (guint i = pos; i < end && i < in->n_tokens; i++)
    {
      const CgPatToken *t = &in->tokens[i];
      /* ... and the clause ends before ", according to X" */
      if ((stop && i > pos && lit_ok (stop, t)) || is_char (t->word, ';')
          || (i > pos && is_char (t->word, ',') && i + 1 < in->n_tokens && in->tokens[i + 1].prep)
          || (i > pos && (t->flags & CG_PAT_CLAUSE_BREAK)))
        {
          end = i;
          break;
        }
      if (t->quote_open >= 0)
        {
          guint close = in->quotes[t->quote_open].close;
          if (close >= end)
            end = in->sentence_end[in->tokens[close].sentence];
          i = close;
          /* a closing mark after the clause's comma ('..., "defund the
           * police," NBC scoffed'): the clause ends with the mark */
          if (close + 1 < end && (in->tokens[close].flags & CG_PAT_CLAUSE_BREAK))
            {
              end = close + 1;
              break;
            }
        }
    }
  while (end > pos && is_closing_punct (&in->tokens[end - 1]))
    end--;
  return end;
}

static guint
content_start (const CgPatInput *in, guint end)
{
  guint s = in->tokens[end - 1].sentence;
  guint start = in->sentence_start[s];
  gint q = in->tokens[end - 1].inside;
  if (q >= 0 && in->quotes[q].open + 1 > start)
    start = in->quotes[q].open + 1;
  for (guint i = end; i-- > start;)
    {
      const CgPatToken *t = &in->tokens[i];
      if (t->quote_close >= 0)
        {
          guint open = in->quotes[t->quote_close].open;
          if (open < start)
            start = in->sentence_start[in->tokens[open].sentence];
          i = open;
        }
    }
  while (start < end && is_closing_punct (&in->tokens[start]))
    start++;
  return start;
}

/* A content does not start with the punctuation that ends a clause. */
static gboolean
starts_badly (const CgPatToken *t)
{
  return (t->flags & 2 /* CG_TOKEN_PUNCT */) && t->word[0] && strchr (",;:.)!?", t->word[0]) && t->word[1] == '\0';
}

static gboolean step (Ctx *c, guint k, guint bpos, guint fpos);

/* Whether an EOS element matches at FPOS: the sentence ends there, after
 * closing punctuation and closing quotation marks of its own (fwd()'s
 * E_EOS, and neighbours_possible()'s NB_RIGHT_EOS). */
static gboolean
eos_at (const CgPatInput *in, guint fpos)
{
  guint n = in->n_tokens, j = fpos;
  while (j < n && j > 0 && in->tokens[j].sentence == in->tokens[j - 1].sentence
         && is_closing_punct (&in->tokens[j]) && !is_dash (in->tokens[j].word)
         && !is_char (in->tokens[j].word, ','))
    j++;
  while (j < n && j > 0 && in->tokens[j].quote_close >= 0 && in->tokens[j].sentence == in->tokens[j - 1].sentence)
    j++;
  return j >= n || j == 0 || in->tokens[j].sentence != in->tokens[j - 1].sentence;
}

/* Record element I as [S, E) and go on with step K+1. */
static gboolean
take (Ctx *c, guint i, guint s, guint e, guint k, guint bpos, guint fpos)
{
  c->start[i] = s;
  c->end[i] = e;
  return step (c, k + 1, bpos, fpos);
}

/* Match element I leftwards, ending at BPOS (exclusive). */
static gboolean
back (Ctx *c, guint i, guint k, guint bpos, guint fpos)
{
  const Elem *e = &c->p->elems[i];
  const CgPatInput *in = c->in;
  gboolean ok = bpos > 0 && (bpos == in->n_tokens || connected (in, bpos - 1));
  switch (e->type)
    {
    case E_LIT:
      if (ok && lit_ok (e, &in->tokens[bpos - 1]) && take (c, i, bpos - 1, bpos, k, bpos - 1, fpos))
        return TRUE;
      /* '"...," Trump said': the comma of the pattern sits inside the closing mark. */
      if (bpos >= 2 && in->tokens[bpos - 1].quote_close >= 0
          && lit_ok (e, &in->tokens[in->quotes[in->tokens[bpos - 1].quote_close].last])
          && take (c, i, bpos, bpos, k, bpos, fpos))
        return TRUE;
      break;
    case E_QUOTE:
      if (ok && in->tokens[bpos - 1].quote_close >= 0)
        {
          guint open = in->quotes[in->tokens[bpos - 1].quote_close].open;
          if (range_free (in, open, bpos) && take (c, i, open, bpos, k, open, fpos))
            return TRUE;
        }
      break;
    case E_SOURCE:
      {
        guint s, me;
        if (ok && in->source_back (in->data, bpos, &s, &me)
            && (!e->name_only || (in->tokens[me - 1].flags & CG_PAT_CAPITALIZED))
            && take (c, i, s, me, k, s, fpos))
          return TRUE;
      }
      break;
    case E_CUE:
    case E_PREP:
      for (guint j = bpos; ok && j-- > 0 && bpos - j <= 4;)
        {
          const CgPatToken *t = &in->tokens[j];
          gboolean hit = e->type == E_CUE ? (cue_ok (e, t) && j + t->cue_len == bpos)
                                          : (t->prep && j + t->prep_len == bpos);
          if (hit)
            {
              guint g = e->type == E_CUE ? j - t->cue_pre : j;
              c->group[i] = g;
              if (take (c, i, j, bpos, k, g, fpos))
                return TRUE;
            }
        }
      break;
    case E_NOUN:
      {
        guint len;
        for (guint s = bpos; ok && s-- > 0 && bpos - s <= 4;)
          if (noun_at (e, in, s, bpos, TRUE, &len) && take (c, i, s, bpos, k, s, fpos))
            return TRUE;
      }
      break;
    case E_POSS:
      {
        guint s;
        if (ok && in->possessive && in->possessive (in->data, bpos, &s) && take (c, i, s, bpos, k, s, fpos))
          return TRUE;
      }
      break;
    case E_CONTENT:
      if (ok)
        {
          guint s = content_start (in, bpos);
          if (s < bpos && range_free (in, s, bpos) && take (c, i, s, bpos, k, s, fpos))
            return TRUE;
        }
      break;
    case E_BOS:
      if ((bpos == 0 || in->tokens[bpos - 1].sentence != in->tokens[bpos].sentence)
          && take (c, i, bpos, bpos, k, bpos, fpos))
        return TRUE;
      break;
    case E_EOS:
      break;
    case E_SKIP:
      for (guint n = 0; n <= (e->max ? e->max : c->set->skip) && n <= bpos; n++)
        {
          guint s = bpos - n;
          if (n > 0 && ((is_quote_mark (&in->tokens[s]) && !in->tokens[s].taken) || s + 1 >= in->n_tokens
                        || !connected (in, s) || (in->tokens[s].flags & CG_PAT_PARTICIPLE_BREAK)))
            break;
          if (take (c, i, s, bpos, k, s, fpos))
            return TRUE;
        }
      break;
    }
  if (e->optional)
    return take (c, i, bpos, bpos, k, bpos, fpos);
  return FALSE;
}

/* Match element I rightwards, starting at FPOS. */
static gboolean
fwd (Ctx *c, guint i, guint k, guint bpos, guint fpos)
{
  const Elem *e = &c->p->elems[i];
  const CgPatInput *in = c->in;
  guint n = in->n_tokens;
  gboolean ok = fpos < n && (fpos == 0 || connected (in, fpos - 1));
  switch (e->type)
    {
    case E_LIT:
      if (ok && lit_ok (e, &in->tokens[fpos]) && take (c, i, fpos, fpos + 1, k, bpos, fpos + 1))
        return TRUE;
      /* '"...," he said': the comma of the pattern sits inside the closing mark. */
      if (fpos >= 2 && in->tokens[fpos - 1].quote_close >= 0
          && lit_ok (e, &in->tokens[in->quotes[in->tokens[fpos - 1].quote_close].last])
          && take (c, i, fpos, fpos, k, bpos, fpos))
        return TRUE;
      break;
    case E_QUOTE:
      if (ok && in->tokens[fpos].quote_open >= 0)
        {
          guint close = in->quotes[in->tokens[fpos].quote_open].close;
          if (range_free (in, fpos, close + 1) && take (c, i, fpos, close + 1, k, bpos, close + 1))
            return TRUE;
        }
      break;
    case E_SOURCE:
      {
        guint end;
        if (ok && in->source_fwd (in->data, fpos, &end))
          {
            if ((!e->name_only || (in->tokens[end - 1].flags & CG_PAT_CAPITALIZED))
                && take (c, i, fpos, end, k, bpos, end))
              return TRUE;
            /* "According to Smith, the man may solicit votes": what the
             * caller took for an appositive may be the clause after the
             * mention; the mention before the comma, when the rest of the
             * pattern matches then */
            for (guint j = fpos + 1; j + 1 < end; j++)
              if (is_char (in->tokens[j].word, ','))
                {
                  if ((!e->name_only || (in->tokens[j - 1].flags & CG_PAT_CAPITALIZED))
                      && take (c, i, fpos, j, k, bpos, j))
                    return TRUE;
                  break;
                }
          }
      }
      break;
    case E_CUE:
      for (guint j = fpos; ok && j < n && j - fpos <= 4; j++)
        {
          const CgPatToken *t = &in->tokens[j];
          if (cue_ok (e, t) && t->cue_pre >= j - fpos)
            {
              c->group[i] = fpos;
              if (take (c, i, j, j + t->cue_len, k, bpos, j + t->cue_len))
                return TRUE;
            }
        }
      break;
    case E_NOUN:
      {
        guint len;
        if (ok && noun_at (e, in, fpos, n, FALSE, &len) && take (c, i, fpos, fpos + len, k, bpos, fpos + len))
          return TRUE;
      }
      break;
    case E_POSS:
      {
        /* forwards: a one-word possessive ("his") */
        guint s;
        if (ok && in->possessive && in->possessive (in->data, fpos + 1, &s) && s == fpos
            && take (c, i, fpos, fpos + 1, k, bpos, fpos + 1))
          return TRUE;
      }
      break;
    case E_PREP:
      if (ok && in->tokens[fpos].prep)
        {
          c->group[i] = fpos;
          if (take (c, i, fpos, fpos + in->tokens[fpos].prep_len, k, bpos, fpos + in->tokens[fpos].prep_len))
            return TRUE;
        }
      break;
    case E_CONTENT:
      if (ok && !starts_badly (&in->tokens[fpos]) && !in->tokens[fpos].no_content)
        {
          const Elem *stop = NULL;
          if (i + 1 < c->p->n && c->p->elems[i + 1].type == E_LIT && !c->p->elems[i + 1].optional)
            stop = &c->p->elems[i + 1];
          guint end = content_end (in, fpos, stop);
          /* CONTENT:np: "his attacks on the former president": a noun
           * phrase, where the caller says it ends */
          if (e->np)
            end = in->np_end ? in->np_end (in->data, fpos, end) : fpos;
          /* 'Mr. Biden suggested Mr. Trump had demonstrated a fondness for
           * brutal leaders - "He would have loved Stalin," Mr. Biden
           * said.': a content stops before the tokens of an attribution
           * already found, when no quotation it opens runs into them */
          guint f = fpos;
          while (f < end && !in->tokens[f].taken)
            f++;
          if (f < end)
            {
              for (guint j = fpos; j < f && f > fpos; j++)
                if (in->tokens[j].quote_open >= 0 && in->quotes[in->tokens[j].quote_open].close >= f)
                  f = fpos;
              end = f;
              while (end > fpos && (is_closing_punct (&in->tokens[end - 1]) || is_dash (in->tokens[end - 1].word)))
                end--;
            }
          if (end > fpos && take (c, i, fpos, end, k, bpos, end))
            return TRUE;
        }
      break;
    case E_BOS:
      if ((fpos == 0 || (fpos < n && in->tokens[fpos - 1].sentence != in->tokens[fpos].sentence))
          && take (c, i, fpos, fpos, k, bpos, fpos))
        return TRUE;
      break;
    case E_EOS:
      if (eos_at (in, fpos) && take (c, i, fpos, fpos, k, bpos, fpos))
        return TRUE;
      break;
    case E_SKIP:
      {
        /* "SOURCE CUE:that * that CONTENT": when a literal must follow
         * the skip, only the ends where it can match are tried (the test
         * of fwd()'s E_LIT without connected(), which the skip has
         * checked): most skips end on no such word */
        const Elem *lit = i + 1 < c->p->n && c->p->elems[i + 1].type == E_LIT && !c->p->elems[i + 1].optional
                          ? &c->p->elems[i + 1] : NULL;
        for (guint m = 0; m <= (e->max ? e->max : c->set->skip) && fpos + m <= n; m++)
          {
            guint e2 = fpos + m;
            if (m > 0 && ((is_quote_mark (&in->tokens[e2 - 1]) && !in->tokens[e2 - 1].taken)
                          || (e2 - 1 > 0 && !connected (in, e2 - 2))
                          || (in->tokens[e2 - 1].flags & (CG_PAT_PARTICIPLE_BREAK | CG_PAT_CLAUSE_BREAK))))
              break;
            if (lit && !(e2 < n && lit_ok (lit, &in->tokens[e2]))
                && !(e2 >= 2 && in->tokens[e2 - 1].quote_close >= 0
                     && lit_ok (lit, &in->tokens[in->quotes[in->tokens[e2 - 1].quote_close].last])))
              continue;
            if (take (c, i, fpos, e2, k, bpos, e2))
              return TRUE;
          }
      }
      break;
    }
  if (e->optional)
    return take (c, i, fpos, fpos, k, bpos, fpos);
  return FALSE;
}

/* Step K of the plan: first the elements left of the anchor, nearest
 * first, then those right of it. */
static gboolean
step (Ctx *c, guint k, guint bpos, guint fpos)
{
  guint a = c->p->anchor;
  if (k < a)
    return back (c, a - 1 - k, k, bpos, fpos);
  guint i = a + 1 + (k - a);
  if (i < c->p->n)
    return fwd (c, i, k, bpos, fpos);
  return TRUE;
}

/* NB_RIGHT_EOS: whether fwd()'s skip and E_EOS after the anchor [S, END)
 * cannot match (most cues of a long sentence are far from its end).
 * When the anchor's sentence goes on past the skip's reach, E_EOS can
 * match only at its end, after the closing punctuation and marks that
 * E_EOS steps over, so at some END + M (M up to the skip's longest) only
 * if it does at END + longest: one test answers for all. */
static inline gboolean
eos_out_of_reach (const CgPatternSet *set, const Pattern *p, const CgPatInput *in, guint end)
{
  const Elem *sk = &p->elems[p->anchor + 1];
  guint far = end + (sk->type != E_SKIP ? 0 : sk->max ? sk->max : set->skip);
  return end < in->n_tokens && in->tokens[end].sentence == in->tokens[end - 1].sentence
         && far < in->sentence_end[in->tokens[end].sentence] && !eos_at (in, far);
}

/* Whether the elements right next to the anchor [S, END) can match at all,
 * when they are a literal or a quotation: the first step left is tried at
 * S and the first step right at END whatever happens in between, so most
 * attempts fail here, before any recursion.  The tests are those of back()
 * and fwd() without the rest of the match. */
static gboolean __attribute__ ((noinline))
neighbours_possible (const CgPatternSet *set, const Pattern *p, const CgPatInput *in, guint s, guint end,
                     SkipMemo *memo)
{
  guint n = in->n_tokens;
  if ((p->nb_check & NB_RIGHT_EOS) && eos_out_of_reach (set, p, in, end))
    return FALSE;
  guint sc = p->skip_class;
  if ((p->nb_check & NB_RIGHT_SKIP) && memo && sc != NONE && memo->state[sc] && memo->end[sc] == end)
    {
      if (memo->state[sc] == 2)
        return FALSE;
    }
  else if (p->nb_check & NB_RIGHT_SKIP)
    {
      /* fwd()'s skip and literal without the skip's stops: the literal
       * within reach, or a closing mark whose last token could be it
       * ('..."," he said') */
      const Elem *sk = &p->elems[p->anchor + 1], *e = &p->elems[p->anchor + 2];
      guint max = sk->max ? sk->max : set->skip, m = 0;
      gboolean found = end >= 1 && end - 1 < n && in->tokens[end - 1].quote_close >= 0;
      for (; !found && m <= max && end + m < n; m++)
        found = lit_ok (e, &in->tokens[end + m]) || in->tokens[end + m].quote_close >= 0;
      if (memo && sc != NONE)
        {
          memo->end[sc] = end;
          memo->state[sc] = found ? 1 : 2;
        }
      if (!found)
        return FALSE;
    }
  /* connected() only where an element needs the neighbour: the element
   * tests come first and fail or pass without it for most patterns */
  if (p->nb_check & NB_LEFT)
    {
      const Elem *e = &p->elems[p->anchor - 1];
      if (e->type == E_LIT)
        {
          if (!(s > 0 && lit_ok (e, &in->tokens[s - 1]) && (s == n || connected (in, s - 1)))
              && !(s >= 2 && in->tokens[s - 1].quote_close >= 0
                   && lit_ok (e, &in->tokens[in->quotes[in->tokens[s - 1].quote_close].last])))
            return FALSE;
        }
      else if (!(s > 0 && in->tokens[s - 1].quote_close >= 0 && (s == n || connected (in, s - 1))))
        return FALSE;
    }
  if (p->nb_check & NB_RIGHT)
    {
      const Elem *e = &p->elems[p->anchor + 1];
      if (e->type == E_LIT)
        {
          if (!(end < n && lit_ok (e, &in->tokens[end]) && (end == 0 || connected (in, end - 1)))
              && !(end >= 2 && in->tokens[end - 1].quote_close >= 0
                   && lit_ok (e, &in->tokens[in->quotes[in->tokens[end - 1].quote_close].last])))
            return FALSE;
        }
      else if (!(end < n && in->tokens[end].quote_open >= 0 && (end == 0 || connected (in, end - 1))))
        return FALSE;
    }
  return TRUE;
}

/* Whether the NB_LEFT or NB_RIGHT test of neighbours_possible() fails for
 * sure, seen from the neighbour's first byte and quotation marks alone
 * (inline: most tries of the patterns with a literal next to the anchor
 * end here, before the call).  Each test is that of neighbours_possible()
 * with lit_ok() narrowed to first_ok() and connected() and the quotation's
 * last word left out, so it fails only where that one fails. */
static inline gboolean
nb_cannot (const Pattern *p, const CgPatInput *in, guint s, guint end)
{
  guint n = in->n_tokens;
  const Elem *e = p->nb_left;
  if (e && e->type == E_LIT)
    {
      if (!(s >= 2 && in->tokens[s - 1].quote_close >= 0) && !(s > 0 && first_ok (e, &in->tokens[s - 1])))
        return TRUE;
    }
  else if (e && !(s > 0 && in->tokens[s - 1].quote_close >= 0))
    return TRUE;
  e = p->nb_right;
  if (e && e->type == E_LIT)
    return !(end >= 2 && in->tokens[end - 1].quote_close >= 0) && !(end < n && first_ok (e, &in->tokens[end]));
  return e && !(end < n && in->tokens[end].quote_open >= 0);
}

gboolean
cg_pattern_anchor_cue_ok (const CgPatternSet *set, guint i, guint cue_mask)
{
  const Elem *e = &set->patterns[i].elems[set->patterns[i].anchor];
  return e->type != E_CUE || e->filter == NULL || (cue_mask & (1u << e->bit));
}

static GPtrArray *
keys_of (GHashTable *h)
{
  GPtrArray *out = g_ptr_array_new ();
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, h);
  while (g_hash_table_iter_next (&it, &key, NULL))
    g_ptr_array_add (out, key);
  return out;
}

GPtrArray *
cg_pattern_set_anchor_words (const CgPatternSet *set)
{
  return keys_of (set->anchor_words);
}

GPtrArray *
cg_pattern_set_noun_words (const CgPatternSet *set)
{
  return keys_of (set->noun_words);
}

gboolean
cg_pattern_has_quote (const CgPatternSet *set, guint i)
{
  const Pattern *p = &set->patterns[i];
  for (guint k = 0; k < p->n; k++)
    if (p->elems[k].type == E_QUOTE)
      return TRUE;
  return FALSE;
}

CgPatAnchor
cg_pattern_anchor (const CgPatternSet *set, guint i)
{
  const Pattern *p = &set->patterns[i];
  switch (p->elems[p->anchor].type)
    {
    case E_CUE:
      return CG_PAT_ANCHOR_CUE;
    case E_PREP:
      return CG_PAT_ANCHOR_PREP;
    case E_QUOTE:
      return CG_PAT_ANCHOR_QUOTE;
    case E_NOUN:
      return CG_PAT_ANCHOR_NOUN;
    default:
      return CG_PAT_ANCHOR_WORD;
    }
}

guint
cg_pattern_quote_sides (const CgPatternSet *set, guint i)
{
  const Pattern *p = &set->patterns[i];
  guint sides = 0;
  for (guint k = 0; k < p->n; k++)
    if (p->elems[k].type == E_QUOTE && k != p->anchor)
      sides |= k < p->anchor ? 1 : 2;
  return sides;
}

guint
cg_pattern_content_sides (const CgPatternSet *set, guint i)
{
  const Pattern *p = &set->patterns[i];
  guint sides = 0;
  for (guint k = 0; k < p->n; k++)
    if (p->elems[k].type == E_CONTENT)
      sides |= k < p->anchor ? 1 : 2;
  return sides;
}

/* Whether pattern P's anchor matches token T. */
static inline gboolean
anchor_ok (const Pattern *p, const CgPatToken *t)
{
  const Elem *e = &p->elems[p->anchor];
  switch (e->type)
    {
    case E_CUE:
      return cue_ok (e, t);
    case E_PREP:
      return t->prep != NULL;
    case E_LIT:
    case E_NOUN:
      return lit_ok (e, t);
    case E_QUOTE:
      return t->quote_open >= 0;
    default:
      return FALSE;
    }
}

gboolean
cg_pattern_anchor_ok (const CgPatternSet *set, guint i, const CgPatInput *in, guint pos)
{
  return anchor_ok (&set->patterns[i], &in->tokens[pos]);
}

/* The match of pattern P whose anchor spans [S, END) from token POS, once
 * the cheap tests of cg_pattern_match_at() have passed.  Kept out of line:
 * most attempts fail before they need its frame. */
static gboolean __attribute__ ((noinline))
match_from (const CgPatternSet *set, const Pattern *p, const CgPatInput *in, guint pos, guint s, guint end,
            CgPatMatch *m)
{
  /* Not cleared: a match that succeeds has taken every element of the
   * pattern (an optional one as an empty range), and a failed one reads
   * nothing. */
  Ctx c;
  c.set = set;
  c.p = p;
  c.in = in;
  const Elem *e = &p->elems[p->anchor];
  if (e->type == E_CUE || e->type == E_PREP)
    c.group[p->anchor] = s;
  c.start[p->anchor] = pos;
  c.end[p->anchor] = end;
  if (!step (&c, 0, s, end))
    return FALSE;

  memset (m, 0xff, sizeof *m);
  m->quote = m->quote2 = -1;
  m->cue_rule = NULL;
  for (guint k = 0; k < p->n; k++)
    {
      if (c.start[k] == NONE || c.start[k] == c.end[k])
        continue;
      switch (p->elems[k].type)
        {
        case E_SOURCE:
        case E_POSS:
          m->source_start = c.start[k];
          m->source_end = c.end[k];
          break;
        case E_NOUN:
          if (m->cue_rule == NULL)
            {
              guint len;
              /* "his previous criticisms of": the words skipped before
               * the noun belong to the cue, as PolNeAR marks it */
              m->cue_start = m->group_start = c.start[k];
              if (k > 0 && p->elems[k - 1].type == E_SKIP && c.start[k - 1] != NONE)
                m->group_start = c.start[k - 1];
              m->cue_end = c.end[k];
              m->cue_rule = noun_at (&p->elems[k], in, c.start[k], c.end[k], TRUE, &len);
            }
          break;
        case E_CUE:
        case E_PREP:
          if (m->cue_rule == NULL)
            {
              m->cue_start = c.start[k];
              m->cue_end = c.end[k];
              m->group_start = c.group[k];
              m->cue_rule = p->elems[k].type == E_CUE ? in->tokens[c.start[k]].cue : in->tokens[c.start[k]].prep;
            }
          break;
        case E_CONTENT:
          if (m->content_start != NONE && m->quote < 0)
            {
              m->split_start = m->content_end;
              m->split_end = c.start[k];
            }
          else
            m->content_start = c.start[k];
          m->content_end = c.end[k];
          break;
        case E_QUOTE:
          if (m->quote >= 0 && m->quote2 < 0)
            {
              m->quote2 = in->tokens[c.start[k]].quote_open;
              m->content_end = c.end[k];
            }
          if (m->quote < 0)
            {
              m->quote = in->tokens[c.start[k]].quote_open;
              if (m->content_start == NONE)
                {
                  m->content_start = c.start[k];
                  m->content_end = c.end[k];
                }
            }
          break;
        default:
          break;
        }
    }
  return TRUE;
}

/* The end of the NOUN anchor E at POS, or POS when none of its phrases
 * starts there.  Out of line: match_at() stays small for the common
 * anchors. */
static guint __attribute__ ((noinline))
noun_anchor_end (const Elem *e, const CgPatInput *in, guint pos)
{
  guint len;
  return noun_at (e, in, pos, in->n_tokens, FALSE, &len) ? pos + len : pos;
}

static inline __attribute__ ((always_inline)) gboolean
match_at (const CgPatternSet *set, const Pattern *p, const CgPatInput *in, guint pos, const CgPatToken *t,
          CgPatMatch *m, SkipMemo *memo)
{
  const Elem *e = &p->elems[p->anchor];
  guint s = pos, end;
  /* a cue anchors most tries: its test and its extent without a switch */
  if (e->type == E_CUE)
    {
      if (!cue_ok (e, t))
        return FALSE;
      s = pos - t->cue_pre;
      end = pos + t->cue_len;
    }
  else
    {
      if (!anchor_ok (p, t))
        return FALSE;
      switch (e->type)
        {
        case E_PREP:
          end = pos + t->prep_len;
          break;
        case E_QUOTE:
          end = in->quotes[t->quote_open].close + 1;
          if (!range_free (in, pos, end))
            return FALSE;
          break;
        case E_NOUN:
          end = noun_anchor_end (e, in, pos);
          if (end == pos)
            return FALSE;
          break;
        default:
          end = pos + 1;
          break;
        }
    }
  if (p->nb_check && (nb_cannot (p, in, s, end) || !neighbours_possible (set, p, in, s, end, memo)))
    return FALSE;
  return match_from (set, p, in, pos, s, end, m);
}

gboolean
cg_pattern_match_at (const CgPatternSet *set, guint i, const CgPatInput *in, guint pos, CgPatMatch *m)
{
  if (pos >= in->n_tokens)
    return FALSE;
  return match_at (set, &set->patterns[i], in, pos, &in->tokens[pos], m, NULL);
}

gboolean
cg_pattern_match_first (const CgPatternSet *set, const guint *list, guint n, guint *k, const guint *sides,
                        guint blocked, const CgPatInput *in, guint pos, CgPatMatch *m)
{
  if (pos >= in->n_tokens)
    return FALSE;
  /* one loop here rather than a call per pattern: most tries fail at the
   * anchor or its neighbours, in a few instructions */
  const CgPatToken *t = &in->tokens[pos];
  SkipMemo memo;
  memset (memo.state, 0, sizeof memo.state);
  for (guint i = *k; i < n; i++)
    {
      guint p = list[i];
      if (sides && (sides[p] & blocked))
        continue;
      if (match_at (set, &set->patterns[p], in, pos, t, m, &memo))
        {
          *k = i;
          return TRUE;
        }
    }
  *k = n;
  return FALSE;
}
