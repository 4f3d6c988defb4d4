/* segment.c: stage 2, paragraphs, sentences, quotation spans and tokens.
 *
 * The segmenter reads the reader's analysis text (file offsets, non-prose
 * blanked) in one pass per paragraph, finding sentence ends and quotation
 * marks together, with no regular expressions and no allocation per byte:
 * the extractor runs right after it and both must keep up with tens of
 * megabytes per second.  What it knows about language (abbreviations,
 * quotation marks, elisions, wrap widths) comes from abbreviations.rules,
 * quote-marks.rules and segment.rules.
 *
 * Quotation marks are paired with a small stack (bounded depth), so any
 * number of unbalanced marks costs linear time; a quote still open at the
 * end of its paragraph ends there unless the next paragraph reopens it,
 * the newspaper convention for a quotation running over paragraphs.
 */
#include "cg-segment.h"

#include <string.h>

#define DEPTH_CAP 16        /* hard limit on max_quote_depth */
#define WORD_CAP 40         /* longer words are never abbreviations or elisions */

typedef enum { ROLE_EITHER, ROLE_OPEN, ROLE_CLOSE } Role;

typedef struct {
  gunichar c;
  gboolean single;
  Role     role;
  gboolean doubled;   /* written as two ASCII characters: '' or `` */
} Glyph;

typedef enum { ABBR_NONE, ABBR_TITLE, ABBR_OTHER } AbbrClass;

/* Sixteen bytes as one vector (GCC and Clang vector extension): the scan
 * for special bytes compares them with each special byte at once. */
typedef guint8 Bytes16 __attribute__ ((vector_size (16)));
#define SPECIAL_VEC 8

struct _CgSegmenter {
  CgRules    *rules;
  GHashTable *abbrev;    /* ASCII-lowercased "u.s." -> AbbrClass */
  gsize       abbrev_max; /* the longest key of abbrev, in bytes: a longer word needs no lookup */
  GHashTable *starters;  /* ASCII-lowercased words that begin sentences */
  GHashTable *elisions;  /* ASCII-lowercased words written after an apostrophe */
  GHashTable *dotted;    /* ASCII-lowercased names with a dot inside ("rewire.news") */
  GArray     *glyphs;    /* Glyph, the one-character marks */
  gint16      ascii_glyph[128]; /* by ASCII character: index of its first glyph, or -1 */
  gint16      punct_glyph[128]; /* the same for U+2000..U+207F (the curly marks) */
  gboolean    alnum_glyph;  /* an ASCII letter or digit is a mark of quote-marks.rules */
  Glyph       doubled[128]; /* by ASCII character: marks written twice ('' ``); c == 0 for none */
  guint8      special[256]; /* bytes that may start a mark or a sentence end */
  Bytes16     special_splat[SPECIAL_VEC]; /* each special byte sixteen times (the first repeated
                                             to fill); n_special > SPECIAL_VEC: unused */
  guint       n_special;
  guint       max_depth;
  guint       wrap_min;
  guint       wrap_max;
};

/* ---- small character helpers ------------------------------------------ */

static inline gboolean
blank_byte (guchar b)
{
  return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v';
}

/* The character at I (before END) and its length in *N.  Invalid UTF-8 is
 * taken as one byte holding U+FFFD, so a bad byte can never stall a loop. */
static inline gunichar
char_at (const char *text, gsize i, gsize end, gsize *n)
{
  guchar b = (guchar) text[i];
  if (b < 0x80)
    {
      *n = 1;
      return b;
    }
  gunichar c = g_utf8_get_char_validated (text + i, (gssize) (end - i));
  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      *n = 1;
      return 0xFFFD;
    }
  *n = (gsize) g_utf8_skip[b];
  return c;
}

/* The character ending just before I (not before START), or 0. */
static inline gunichar
char_before (const char *text, gsize start, gsize i)
{
  if (i <= start)
    return 0;
  gsize s = i - 1;
  while (s > start && i - s < 4 && ((guchar) text[s] & 0xC0) == 0x80)
    s--;
  gsize n;
  gunichar c = char_at (text, s, i, &n);
  return s + n == i ? c : 0xFFFD;
}

static inline gboolean
is_space (gunichar c)
{
  return c < 0x80 ? blank_byte ((guchar) c) : g_unichar_isspace (c);
}

static inline gboolean
is_alpha (gunichar c)
{
  return c < 0x80 ? g_ascii_isalpha (c) : g_unichar_isalpha (c);
}

static inline gboolean
is_alnum (gunichar c)
{
  return c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (c);
}

static inline gboolean
is_dash (gunichar c)
{
  return c == 0x2014 || c == 0x2013;
}

/* The ASCII letters and digits (g_ascii_isalnum without the indirection
 * through g_ascii_table): every byte >= 0x80 is 0. */
static const guint8 ascii_alnum_table[256] = {
  ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
  ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1,
  ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
  ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1,
  ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
  ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
  ['y'] = 1, ['z'] = 1
};

static inline gboolean
ascii_alnum (guchar b)
{
  return ascii_alnum_table[b];
}

/* ascii_alnum for eight bytes at once */
static inline guint64
ascii_alnum8 (guint64 x)
{
  return cg_ascii_alnum8 (x);
}

/* The ASCII bytes after which a word may go on (scan_word looks closer):
 * the apostrophe, hyphen, dot and comma. */
static const guint8 ascii_joins[128] = { ['\''] = 1, ['-'] = 1, ['.'] = 1, [','] = 1 };

/* A sentence end printed with no blank after it, a slip of typing ("to
 * plan.In recent weeks", "for them.“We ..."): glued_before() says whether
 * the word before the dot at DOT (TEXT from S looked at) can end one: two
 * lowercase letters or more after one capital or none ("Kentucky.On",
 * not "iPhone.The"), opening their word or after a blank or
 * punctuation other than the dot, slash, at sign and underscore of
 * addresses.  glued_after() says whether a sentence can start at K (TEXT
 * up to END looked at): a capital and a lowercase letter whose word goes on
 * to no dot and letter, slash or at sign.  So "U.S.", "No.1", "3.5",
 * "J.R.R.", "ASP.Net", "Washington.com", "news.Yahoo.com",
 * "Josh.Zumbrun@wsj.com" and "www.example.Org/path" are not; a listed
 * title ("Gov.Brown") is the segmenter's to refuse. */
static gboolean
glued_before (const char *text, gsize s, gsize dot)
{
  gsize w = dot;
  while (w > s && (guint) ((guchar) text[w - 1] - 'a') < 26)
    w--;
  if (dot - w < 2)
    return FALSE;
  if (w > s && (guint) ((guchar) text[w - 1] - 'A') < 26)
    w--;  /* a capitalized word */
  if (w == s)
    return TRUE;
  guchar p = (guchar) text[w - 1];
  return !(p == '.' || p == '/' || p == '@' || p == '_' || ascii_alnum (p));
}

static gboolean
glued_after (const char *text, gsize k, gsize end)
{
  if (k + 1 >= end || (guint) ((guchar) text[k] - 'A') >= 26 || (guint) ((guchar) text[k + 1] - 'a') >= 26)
    return FALSE;
  gsize e = k + 2;
  while (e < end && (guint) (((guchar) text[e] | 0x20) - 'a') < 26)
    e++;
  if (e >= end)
    return TRUE;
  guchar q = (guchar) text[e];
  return !(q == '/' || q == '@' || q == '_' || ascii_alnum (q)
           || (q == '.' && e + 1 < end && ascii_alnum ((guchar) text[e + 1])));
}

/* ASCII-lowercase TEXT[S, E) into BUF (WORD_CAP bytes); FALSE when too long. */
static gboolean
fold_word (const char *text, gsize s, gsize e, char *buf)
{
  if (e <= s || e - s >= WORD_CAP)
    return FALSE;
  /* g_ascii_tolower, inlined: this runs at every sentence-final dot */
  for (gsize k = s; k < e; k++)
    buf[k - s] = (char) (text[k] >= 'A' && text[k] <= 'Z' ? text[k] + ('a' - 'A') : text[k]);
  buf[e - s] = '\0';
  return TRUE;
}

/* Whether the letters around the dot at DOT (TEXT from S to END looked
 * at) spell a name of abbreviations.rules [dotted-name] ("Rewire.News",
 * "Represent.Us"), which a glued sentence end does not split. */
static gboolean
dotted_name (GHashTable *dotted, const char *text, gsize s, gsize dot, gsize end)
{
  if (dotted == NULL || g_hash_table_size (dotted) == 0)
    return FALSE;
  gsize w = dot, e = dot + 1;
  while (w > s && g_ascii_isalpha (text[w - 1]))
    w--;
  while (e < end && g_ascii_isalpha (text[e]))
    e++;
  char buf[WORD_CAP];
  return fold_word (text, w, e, buf) && g_hash_table_contains (dotted, buf);
}

/* The ASCII letters starting at I, looked up folded in SET. */
static gboolean
word_in_set (GHashTable *set, const char *text, gsize i, gsize end)
{
  gsize e = i, n;
  while (e < end && g_ascii_isalpha (text[e]))
    e++;
  if (e == i || (e < end && is_alnum (char_at (text, e, end, &n))))
    return FALSE; /* not the whole word */
  char buf[WORD_CAP];
  return fold_word (text, i, e, buf) && g_hash_table_contains (set, buf);
}

/* ---- the segmenter ---------------------------------------------------- */

static const Glyph *
find_glyph (const CgSegmenter *seg, gunichar c)
{
  /* every mark of a text looks its glyph up: the ASCII ones without a search */
  if (c < 128)
    return seg->ascii_glyph[c] < 0 ? NULL : &g_array_index (seg->glyphs, Glyph, seg->ascii_glyph[c]);
  if (c - 0x2000 < 128)
    return seg->punct_glyph[c - 0x2000] < 0 ? NULL : &g_array_index (seg->glyphs, Glyph, seg->punct_glyph[c - 0x2000]);
  for (guint k = 0; k < seg->glyphs->len; k++)
    {
      const Glyph *g = &g_array_index (seg->glyphs, Glyph, k);
      if (g->c == c)
        return g;
    }
  return NULL;
}

static void
fill_set (GHashTable *set, GPtrArray *entries, gpointer value)
{
  for (guint k = 0; k < entries->len; k++)
    {
      const CgRule *r = g_ptr_array_index (entries, k);
      g_hash_table_insert (set, g_ascii_strdown (r->phrase, -1), value);
    }
}

static gboolean
load_glyphs (CgSegmenter *seg, const char *section, gboolean single, GError **error)
{
  GPtrArray *entries = cg_rules_entries (seg->rules, "quote-marks", section);
  for (guint k = 0; k < entries->len; k++)
    {
      const CgRule *r = g_ptr_array_index (entries, k);
      const char *role = cg_rule_attr (r, "role");
      Glyph g = { g_utf8_get_char (r->phrase), single, ROLE_EITHER, FALSE };
      const char *p = r->phrase;
      if (strlen (p) == 2 && p[0] == p[1] && g_ascii_ispunct (p[0]))
        g.doubled = TRUE;
      else if (g_utf8_strlen (p, -1) != 1)
        {
          g_set_error (error, CG_ERROR, CG_ERROR_RULES,
                       "%s:%u: a quotation mark must be one character or one ASCII "
                       "punctuation character twice, not \"%s\"",
                       r->file, r->line, r->phrase);
          return FALSE;
        }
      if (role == NULL || strcmp (role, "either") == 0)
        g.role = ROLE_EITHER;
      else if (strcmp (role, "open") == 0)
        g.role = ROLE_OPEN;
      else if (strcmp (role, "close") == 0)
        g.role = ROLE_CLOSE;
      else
        {
          g_set_error (error, CG_ERROR, CG_ERROR_RULES,
                       "%s:%u: role must be open, close or either, not \"%s\"",
                       r->file, r->line, role);
          return FALSE;
        }
      if (g.doubled)
        seg->doubled[(guchar) p[0]] = g;
      else
        g_array_append_val (seg->glyphs, g);
      seg->special[(guchar) p[0]] = 1;
    }
  return TRUE;
}

CgSegmenter *
cg_segmenter_new (CgRules *rules, GError **error)
{
  if (!cg_rules_require (rules, "abbreviations", error)
      || !cg_rules_require (rules, "quote-marks", error)
      || !cg_rules_require (rules, "segment", error))
    return NULL;

  CgSegmenter *seg = g_new0 (CgSegmenter, 1);
  seg->rules = rules;
  seg->abbrev = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  seg->starters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  seg->elisions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  seg->glyphs = g_array_new (FALSE, FALSE, sizeof (Glyph));
  fill_set (seg->abbrev, cg_rules_entries (rules, "abbreviations", "abbreviation"),
            GINT_TO_POINTER (ABBR_OTHER));
  /* Titles last: a word listed in both never ends a sentence. */
  fill_set (seg->abbrev, cg_rules_entries (rules, "abbreviations", "title"),
            GINT_TO_POINTER (ABBR_TITLE));
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, seg->abbrev);
  while (g_hash_table_iter_next (&it, &key, NULL))
    seg->abbrev_max = MAX (seg->abbrev_max, strlen (key));
  fill_set (seg->starters, cg_rules_entries (rules, "abbreviations", "sentence-starter"),
            GINT_TO_POINTER (1));
  fill_set (seg->elisions, cg_rules_entries (rules, "quote-marks", "elision"),
            GINT_TO_POINTER (1));
  seg->dotted = cg_tokenizer_dotted_names (rules);
  if (!load_glyphs (seg, "double", FALSE, error) || !load_glyphs (seg, "single", TRUE, error))
    {
      cg_segmenter_free (seg);
      return NULL;
    }
  seg->special['.'] = seg->special['!'] = seg->special['?'] = 1;
  seg->special[0xE2] = 1; /* U+2026 HORIZONTAL ELLIPSIS */
  for (guint b = 0; b < 256; b++)
    if (seg->special[b])
      {
        if (seg->n_special < SPECIAL_VEC)
          for (guint k = seg->n_special; k < SPECIAL_VEC; k++)
            for (guint l = 0; l < 16; l++)
              seg->special_splat[k][l] = (guint8) b;
        seg->n_special++;
      }
  for (guint c = 0; c < 128; c++)
    seg->ascii_glyph[c] = seg->punct_glyph[c] = -1;
  for (guint k = seg->glyphs->len; k-- > 0;)  /* the first glyph of a character wins */
    {
      gunichar c = g_array_index (seg->glyphs, Glyph, k).c;
      if (c < 128 && k <= G_MAXINT16)
        seg->ascii_glyph[c] = (gint16) k;
      else if (c - 0x2000 < 128 && k <= G_MAXINT16)
        seg->punct_glyph[c - 0x2000] = (gint16) k;
      if (c < 128 && ascii_alnum ((guchar) c))
        seg->alnum_glyph = TRUE;
    }

  double depth = cg_rules_number (rules, "segment", "max_quote_depth", 6);
  seg->max_depth = (guint) CLAMP (depth, 1, DEPTH_CAP);
  seg->wrap_min = (guint) CLAMP (cg_rules_number (rules, "segment", "wrap_min_width", 40), 1, 100000);
  seg->wrap_max = (guint) CLAMP (cg_rules_number (rules, "segment", "wrap_max_width", 100), 1, 100000);
  return seg;
}

void
cg_segmenter_free (CgSegmenter *seg)
{
  if (seg == NULL)
    return;
  g_hash_table_unref (seg->abbrev);
  g_hash_table_unref (seg->starters);
  g_hash_table_unref (seg->elisions);
  g_hash_table_unref (seg->dotted);
  g_array_unref (seg->glyphs);
  g_free (seg);
}

/* ---- paragraphs ------------------------------------------------------- */

typedef struct {
  gsize start, end;   /* trimmed, never empty */
  gsize chars;        /* length in characters (bytes when long) */
} Line;

/* The lines of a block: a plain array, not a GArray, since every line of
 * every text goes through it (g_array_append_val() and the emptying took
 * more than the rest of find_paragraphs()). */
typedef struct {
  Line  *v;
  guint  n, cap;
} Lines;

static gsize
count_chars (const char *text, gsize s, gsize e)
{
  gsize n = 0;
  for (gsize k = s; k < e; k++)  /* count the bytes that start a character */
    n += ((guchar) text[k] & 0xC0) != 0x80;
  return n;
}

static gsize
first_word_chars (const char *text, const Line *l)
{
  gsize e = l->start;
  while (e < l->end && !blank_byte ((guchar) text[e]))
    e++;
  return count_chars (text, l->start, e);
}

/* A line ends a sentence when its last character, past closing quotes and
 * brackets, is sentence-final punctuation. */
static gboolean
line_ends_sentence (const CgSegmenter *seg, const char *text, const Line *l)
{
  gsize e = l->end;
  while (e > l->start)
    {
      gunichar c = char_before (text, l->start, e);
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == 0x2026)
        return TRUE;
      const Glyph *g = find_glyph (seg, c);
      if (c != ')' && c != ']' && (g == NULL || g->role == ROLE_OPEN))
        return FALSE;
      e -= g_unichar_to_utf8 (c, NULL);
    }
  return FALSE;
}

/* A wrapping program would have moved the next line's first word up had
 * there been room, so a line with room for it ends its paragraph. */
static gboolean
line_full (const char *text, const Line *lines, guint k, gsize width)
{
  return lines[k].chars + 1 + first_word_chars (text, &lines[k + 1]) > width;
}

static void
add_paragraph (GArray *paras, gsize s, gsize e)
{
  CgParagraph p = { { (gint64) s, (gint64) e } };
  g_array_append_val (paras, p);
}

static void
flush_block (const CgSegmenter *seg, const char *text, Lines *lines, GArray *paras)
{
  guint n = lines->n;
  const Line *l = lines->v;
  gboolean wrapped = FALSE;
  gsize width = 0;
  if (n >= 2)
    {
      /* One line too long to be wrapped settles it; count no further. */
      Line *w = lines->v;
      for (guint k = 0; k < n && width <= seg->wrap_max; k++)
        {
          w[k].chars = w[k].end - w[k].start > 4 * seg->wrap_max
            ? w[k].end - w[k].start : count_chars (text, w[k].start, w[k].end);
          width = MAX (width, w[k].chars);
        }
      if (width >= seg->wrap_min && width <= seg->wrap_max)
        {
          guint full = 0, final = 0;
          for (guint k = 0; k + 1 < n; k++)
            {
              full += line_full (text, l, k, width);
              final += line_ends_sentence (seg, text, &l[k]);
            }
          wrapped = full * 2 > n - 1 && final * 2 < n - 1;
        }
    }
  gsize start = n ? l[0].start : 0;
  for (guint k = 0; k < n; k++)
    if (!wrapped || k + 1 == n || !line_full (text, l, k, width))
      {
        add_paragraph (paras, wrapped ? start : l[k].start, l[k].end);
        if (k + 1 < n)
          start = l[k + 1].start;
      }
  lines->n = 0;
}

static void
find_paragraphs (const CgSegmenter *seg, const char *text, gsize len, GArray *paras)
{
  Line first[64];
  Lines lines = { first, 0, G_N_ELEMENTS (first) };
  gsize pos = 0;
  while (pos < len)
    {
      const char *nl = memchr (text + pos, '\n', len - pos);
      gsize eol = nl ? (gsize) (nl - text) : len;
      gsize s = pos, e = eol;
      while (s < e && blank_byte ((guchar) text[s]))
        s++;
      while (e > s && blank_byte ((guchar) text[e - 1]))
        e--;
      if (s == e)
        flush_block (seg, text, &lines, paras);
      else
        {
          if (lines.n == lines.cap)
            {
              lines.cap *= 2;
              lines.v = lines.v == first ? g_memdup2 (first, sizeof first) : lines.v;
              lines.v = g_renew (Line, lines.v, lines.cap);
            }
          lines.v[lines.n++] = (Line) { s, e, 0 }; /* chars: counted only for blocks of several lines */
        }
      pos = eol + 1;
    }
  flush_block (seg, text, &lines, paras);
  if (lines.v != first)
    g_free (lines.v);
}

/* ---- sentences and quotes within a paragraph ----------------------------- */

typedef struct {
  guint    quote;    /* index into out->quotes */
  gboolean single;
} Open;

typedef struct {
  const CgSegmenter *seg;
  const char *text;
  CgSegments *out;
  guint   para;
  gsize   ps, pe;          /* the paragraph */
  gint64  sent_start;      /* -1 between sentences */
  gsize   sent_floor;      /* the next sentence starts at or after this */
  gsize   no_term_until;   /* sentence ends already judged up to here */
  gint64  reopen_at;       /* the reopening mark of a continued quote, or -1 */
  Open    stack[DEPTH_CAP];
  guint   depth;
} Scan;

static void
emit_sentence (Scan *st, gsize end)
{
  if (st->sent_start < 0)
    return;
  CgSentence s = { { st->sent_start, (gint64) end }, st->para };
  g_array_append_val (st->out->sentences, s);
  st->sent_start = -1;
  st->sent_floor = end;
}

static void
trim_inner (const char *text, CgQuote *q)
{
  while (q->inner.start < q->inner.end && blank_byte ((guchar) text[q->inner.start]))
    q->inner.start++;
  while (q->inner.end > q->inner.start && blank_byte ((guchar) text[q->inner.end - 1]))
    q->inner.end--;
}

static void
open_quote (Scan *st, gsize i, gsize mlen, gboolean single)
{
  if (st->depth >= st->seg->max_depth)
    return;
  CgQuote q = { 0 };
  q.span.start = (gint64) i;
  q.span.end = (gint64) (i + mlen);
  q.inner.start = q.inner.end = (gint64) (i + mlen);
  q.depth = st->depth;
  q.parent = st->depth ? (gint) st->stack[st->depth - 1].quote : -1;
  q.first_paragraph = q.last_paragraph = st->para;
  q.closed = FALSE;
  q.single = single;
  g_array_append_val (st->out->quotes, q);
  st->stack[st->depth].quote = st->out->quotes->len - 1;
  st->stack[st->depth].single = single;
  st->depth++;
}

/* End the open quotes from LEVEL up without a closing mark at END. */
static void
end_unclosed (Scan *st, guint level, gsize end)
{
  while (st->depth > level)
    {
      CgQuote *q = &g_array_index (st->out->quotes, CgQuote, st->stack[--st->depth].quote);
      gint64 e = (gint64) end;
      while (e > q->inner.start && blank_byte ((guchar) st->text[e - 1]))
        e--;
      q->span.end = MAX (e, q->inner.start);
      q->inner.end = q->span.end;
      trim_inner (st->text, q);
      q->closed = FALSE;
      q->last_paragraph = st->para;
    }
}

static void
close_quote (Scan *st, guint level, gsize i, gsize mlen)
{
  end_unclosed (st, level + 1, i);
  CgQuote *q = &g_array_index (st->out->quotes, CgQuote, st->stack[level].quote);
  q->span.end = (gint64) (i + mlen);
  q->inner.end = (gint64) i;
  trim_inner (st->text, q);
  q->closed = TRUE;
  q->last_paragraph = st->para;
  st->depth = level;
}

static gint
innermost (const Scan *st, gboolean single)
{
  for (guint d = st->depth; d-- > 0;)
    if (st->stack[d].single == single)
      return (gint) d;
  return -1;
}

/* A single mark opens a quote after a blank, an opening bracket, a double
 * quotation mark or a dash, and before a letter. */
static gboolean
opens_single (const CgSegmenter *seg, gunichar prev, gunichar next)
{
  if (!is_alpha (next))
    return FALSE;
  if (prev == 0 || is_space (prev) || prev == '(' || prev == '[' || is_dash (prev))
    return TRUE;
  if (seg == NULL)
    return prev == '"' || g_unichar_type (prev) == G_UNICODE_INITIAL_PUNCTUATION;
  const Glyph *g = find_glyph (seg, prev);
  return g != NULL && !g->single;
}

/* ... and closes one after a letter or punctuation, before a blank,
 * punctuation or the end. */
static gboolean
closes_single (gunichar prev, gunichar next)
{
  return prev != 0 && !is_space (prev) && (next == 0 || !is_alnum (next));
}

/* The length of the doubled mark ('' or ``) at I, 0 when there is none;
 * three marks or more in a row are no doubled mark. */
static gsize
doubled_at (const CgSegmenter *seg, const char *text, gsize start, gsize i, gsize end)
{
  guchar b = (guchar) text[i];
  if (b >= 0x80 || seg->doubled[b].c == 0 || i + 1 >= end || text[i + 1] != (char) b)
    return 0;
  if ((i + 2 < end && text[i + 2] == (char) b) || (i > start && text[i - 1] == (char) b))
    return 0;
  return 2;
}

static gboolean
opening_mark (const CgSegmenter *seg, gunichar c)
{
  const Glyph *g = find_glyph (seg, c);
  return g != NULL && g->role != ROLE_CLOSE;
}

static void
on_mark (Scan *st, gsize i, gsize mlen, const Glyph *g)
{
  if ((gint64) i == st->reopen_at)
    {
      st->reopen_at = -1;
      return;
    }
  gint level = innermost (st, g->single);
  gsize n;
  gunichar prev = char_before (st->text, st->ps, i);
  gunichar next = i + mlen < st->pe ? char_at (st->text, i + mlen, st->pe, &n) : 0;
  if (!g->single)
    {
      /* A curly mark typed the wrong way round ("Hello.“ or ”Hello) is
       * taken by its position when it cannot be what it looks like. */
      gboolean role_open = g->role == ROLE_OPEN
        && !(level >= 0 && !is_space (prev) && prev != 0 && (next == 0 || is_space (next)));
      gboolean role_close_opens = g->role == ROLE_CLOSE && level < 0
        && (prev == 0 || is_space (prev)) && next != 0 && !is_space (next);
      if (g->role == ROLE_EITHER)
        {
          /* Alternation, except where the position leaves no doubt: a
           * mark between a blank (or an opening mark) and a word opens,
           * even inside a quote ("Foo," he said. "And ... when the first
           * one was never closed); a mark between a word and a blank with
           * no quote open is a stray (6" pipe) and opens nothing. */
          gboolean after_blank = prev == 0 || is_space (prev) || prev == '(' || prev == '['
                                 || is_dash (prev) || opening_mark (st->seg, prev);
          gboolean before_blank = next == 0 || is_space (next)
                                  || (!is_alnum (next) && !opening_mark (st->seg, next));
          if (level < 0)
            {
              if (after_blank || !before_blank)
                open_quote (st, i, mlen, FALSE);
            }
          else if (after_blank && !before_blank)
            open_quote (st, i, mlen, FALSE);
          else
            close_quote (st, (guint) level, i, mlen);
          return;
        }
      if (role_open || role_close_opens)
        open_quote (st, i, mlen, FALSE);
      else if (level >= 0)
        close_quote (st, (guint) level, i, mlen);
      return;
    }
  gboolean top_single = st->depth > 0 && st->stack[st->depth - 1].single;
  switch (g->role)
    {
    case ROLE_OPEN:
      open_quote (st, i, mlen, TRUE);
      break;
    case ROLE_CLOSE:
      if (top_single)
        close_quote (st, st->depth - 1, i, mlen);
      break;
    case ROLE_EITHER:
      {
        if (opens_single (st->seg, prev, next)
            && !word_in_set (st->seg->elisions, st->text, i + mlen, st->pe))
          open_quote (st, i, mlen, TRUE);
        else if (top_single && closes_single (prev, next))
          close_quote (st, st->depth - 1, i, mlen);
        /* else an apostrophe */
      }
      break;
    }
}

/* The class of the word ending with the dot at DOT: listed, or shaped like
 * an initial ("J.") or a dotted abbreviation ("U.S.", "Ph.D."). */
static AbbrClass
abbreviation_before (const CgSegmenter *seg, const char *text, gsize ps, gsize dot)
{
  gsize ws = dot;
  while (ws > ps && dot - ws < WORD_CAP)
    {
      /* an ASCII byte is its own character: no decoding */
      guchar b = (guchar) text[ws - 1];
      if (b < 0x80)
        {
          if (b != '.' && !ascii_alnum (b))
            break;
          ws--;
          continue;
        }
      gunichar c = char_before (text, ps, ws);
      if (c != '.' && !is_alnum (c))
        break;
      ws -= g_unichar_to_utf8 (c, NULL);
    }
  if (ws == dot || dot - ws >= WORD_CAP - 1)
    return ABBR_NONE;
  char buf[WORD_CAP];
  /* (fold_word() keeps the length: most words before a dot are longer
   * than any abbreviation) */
  if (dot + 1 - ws <= seg->abbrev_max && fold_word (text, ws, dot + 1, buf))
    {
      gpointer v = g_hash_table_lookup (seg->abbrev, buf);
      if (v)
        return (AbbrClass) GPOINTER_TO_INT (v);
    }
  gsize n;
  gunichar c0 = char_at (text, ws, dot, &n);
  if (ws + n == dot)
    return g_unichar_isupper (c0) ? ABBR_OTHER : ABBR_NONE;
  /* dotted letter groups of 1 to 3 letters each */
  guint run = 0, dots = 0;
  for (gsize k = ws; k < dot; k++)
    {
      if (text[k] == '.')
        {
          if (run == 0)
            return ABBR_NONE;
          dots++;
          run = 0;
        }
      else if (g_ascii_isalpha (text[k]) && ++run <= 3)
        ;
      else
        return ABBR_NONE;
    }
  return dots > 0 && run > 0 ? ABBR_OTHER : ABBR_NONE;
}

/* Judge the sentence-final mark at I: find the run of final marks and
 * closing quotes or brackets after it, and end the sentence there unless
 * what follows says otherwise. */
static void
on_terminal (Scan *st, gsize i)
{
  const CgSegmenter *seg = st->seg;
  const char *text = st->text;
  gsize j = i, n;
  guint dots = 0;
  gboolean strong = FALSE, ellipsis = FALSE;
  while (j < st->pe)
    {
      gunichar c = char_at (text, j, st->pe, &n);
      const Glyph *g;
      if (c == '.')
        dots++;
      else if (c == '!' || c == '?')
        strong = TRUE;
      else if (c == 0x2026)
        ellipsis = TRUE;
      else if (c == ')' || c == ']' || c == '}'
               || ((g = find_glyph (seg, c)) != NULL && g->role != ROLE_OPEN))
        ;
      else
        break;
      j += n;
    }
  st->no_term_until = j;
  if (dots == 0 && !strong && !ellipsis)
    return; /* a U+2026-lead byte that was not an ellipsis */
  if (dots >= 2)
    ellipsis = TRUE;
  if (j >= st->pe)
    return; /* the paragraph end ends the sentence */
  if (!is_space (char_at (text, j, st->pe, &n)))
    {
      /* 3.5, U.S.-led, example.com; but "to plan.In recent weeks" ends
       * one, so do 'to them."You' and 'for them.“We' */
      if (text[i] == '.' && dots == 1 && !strong && !ellipsis && glued_before (text, st->ps, i)
          && abbreviation_before (seg, text, st->ps, i) == ABBR_NONE && !dotted_name (seg->dotted, text, st->ps, i, st->pe))
        {
          gsize at = 0;
          const Glyph *g;
          if (glued_after (text, j, st->pe))
            {
              at = j;
              /* a straight double mark with no double quote open opens one:
               * the sentence ends before it */
              if (j > i + 1 && text[i + 1] == '"'
                  && !(st->depth > 0 && !st->stack[st->depth - 1].single))
                at = i + 1;
            }
          else if (j == i + 1 && (g = find_glyph (seg, char_at (text, j, st->pe, &n))) != NULL
                   && g->role == ROLE_OPEN && !g->single && glued_after (text, j + n, st->pe))
            at = j;
          if (at)
            emit_sentence (st, at);
        }
      return;
    }

  gsize k = j;
  gunichar c;
  while (k < st->pe && is_space (c = char_at (text, k, st->pe, &n)))
    k += n;
  if (k >= st->pe)
    return;
  c = char_at (text, k, st->pe, &n);
  if (is_dash (c))
    return; /* "...on TV." — Thomas L. Friedman: the attribution stays */
  gsize m = k;
  for (;;)
    {
      c = char_at (text, m, st->pe, &n);
      const Glyph *g = find_glyph (seg, c);
      if ((c == '(' || c == '[' || (g && g->role != ROLE_CLOSE)) && m + n < st->pe)
        m += n;
      else
        break;
    }
  if (g_unichar_islower (c))
    return;
  if (ellipsis && !strong)
    {
      if (!g_unichar_isupper (c))
        return;
    }
  else if (text[i] == '.' && dots == 1 && !strong)
    {
      if (st->sent_start >= 0 && i - (gsize) st->sent_start <= 3)
        {
          gsize d = (gsize) st->sent_start;
          while (d < i && g_ascii_isdigit (text[d]))
            d++;
          if (d == i)
            return; /* a list or heading number: "1. Personal Affinity" */
        }
      AbbrClass cls = abbreviation_before (seg, text, st->ps, i);
      if (cls == ABBR_TITLE)
        return;
      if (cls == ABBR_OTHER
          && (!word_in_set (seg->starters, text, m, st->pe)
              || (m + 1 < st->pe && text[m + 1] == '.')))
        return; /* "Representative C. A. Dutch": "A." is an initial, not a word */
    }
  emit_sentence (st, j);
}

/* Whether the mark G at I (MLEN bytes) is an apostrophe inside a word,
 * between two ASCII letters or digits ("Trump’s", "don't"): a
 * single mark of either role there neither opens a quote (opens_single()
 * wants a blank, a bracket, a dash or a double mark before it) nor closes
 * one (closes_single() wants no letter or digit after it), so on_mark()
 * would do nothing, unless a letter or digit is a mark of the rules. */
static inline gboolean
in_word (const Scan *st, gsize i, gsize mlen, const Glyph *g)
{
  return g->single && g->role == ROLE_EITHER && i > st->ps && i + mlen < st->pe && !st->seg->alnum_glyph
         && ascii_alnum ((guchar) st->text[i - 1]) && ascii_alnum ((guchar) st->text[i + mlen]);
}

static void
scan_paragraph (Scan *st)
{
  const CgSegmenter *seg = st->seg;
  const char *text = st->text;
  gsize i = st->ps, n;
  st->sent_start = -1;
  while (i < st->pe)
    {
      if (st->sent_start >= 0)
        {
          /* Inside a sentence only marks and sentence ends matter; no
           * continuation byte of UTF-8 is special, so skip bytewise
           * (locals: a store through TEXT could alias them otherwise). */
          const guint8 *special = seg->special;
          const guchar *u = (const guchar *) text;
          gsize pe = st->pe;
          if (seg->n_special <= SPECIAL_VEC)
            {
              const Bytes16 *sp = seg->special_splat;
              G_STATIC_ASSERT (SPECIAL_VEC == 8);
              while (i + 16 <= pe)
                {
                  Bytes16 v;
                  memcpy (&v, u + i, 16);
                  Bytes16 hit = (Bytes16) ((v == sp[0]) | (v == sp[1]) | (v == sp[2]) | (v == sp[3])
                                           | (v == sp[4]) | (v == sp[5]) | (v == sp[6]) | (v == sp[7]));
#if defined (__SSE2__) && defined (__x86_64__)
                  /* a bit a byte in one instruction, not two halves tested */
                  guint mask = (guint) _mm_movemask_epi8 ((__m128i) hit);
                  if (mask)
                    {
                      i += (gsize) __builtin_ctz (mask);
                      break;
                    }
#else
                  guint64 lo, hi;
                  memcpy (&lo, &hit, 8);
                  memcpy (&hi, (const char *) &hit + 8, 8);
                  if (lo | hi)
                    {
                      i += lo ? (gsize) __builtin_ctzll (lo) / 8 : 8 + (gsize) __builtin_ctzll (hi) / 8;
                      break;
                    }
#endif
                  i += 16;
                }
            }
          while (i + 4 <= pe && !(special[u[i]] | special[u[i + 1]] | special[u[i + 2]] | special[u[i + 3]]))
            i += 4;
          while (i < pe && !special[u[i]])
            i++;
          if (i >= pe)
            break;
        }
      guchar b = (guchar) text[i];
      if (b < 0x80)
        {
          if (st->sent_start < 0 && !blank_byte (b) && i >= st->sent_floor)
            st->sent_start = (gint64) i;
          if (seg->special[b])
            {
              if (b == '.' || b == '!' || b == '?')
                {
                  if (i >= st->no_term_until)
                    on_terminal (st, i);
                }
              else
                {
                  gsize len = doubled_at (seg, text, st->ps, i, st->pe);
                  if (len)
                    {
                      on_mark (st, i, 2, &seg->doubled[b]);
                      i += len;
                      continue;
                    }
                  const Glyph *g = find_glyph (seg, b);
                  if (g && !in_word (st, i, 1, g))
                    on_mark (st, i, 1, g);
                }
            }
          i++;
          continue;
        }
      gunichar c;
      /* U+2000..U+2FFF (the curly marks, the dashes, the ellipsis: most
       * of the bytes over 0x7F in news) decoded here, as
       * g_utf8_get_char_validated() decodes them */
      if (b == 0xE2 && i + 2 < st->pe && (text[i + 1] & 0xC0) == 0x80 && (text[i + 2] & 0xC0) == 0x80)
        {
          c = 0x2000 | (gunichar) ((guchar) text[i + 1] & 0x3F) << 6 | ((guchar) text[i + 2] & 0x3F);
          n = 3;
        }
      else
        c = char_at (text, i, st->pe, &n);
      if (st->sent_start < 0 && !g_unichar_isspace (c) && i >= st->sent_floor)
        st->sent_start = (gint64) i;
      if (seg->special[b])
        {
          const Glyph *g;
          if (c == 0x2026)
            {
              if (i >= st->no_term_until)
                on_terminal (st, i);
            }
          else if ((g = find_glyph (seg, c)) != NULL && !in_word (st, i, n, g))
            on_mark (st, i, n, g);
        }
      i += n;
    }
  emit_sentence (st, st->pe);
}

/* Does the paragraph at START open with a mark that continues a quote of
 * kind SINGLE left open at the end of the previous paragraph? */
static gboolean
reopens (const CgSegmenter *seg, const char *text, gsize start, gsize end, gboolean single)
{
  gsize n, n2;
  gunichar c = char_at (text, start, end, &n);
  const Glyph *g = find_glyph (seg, c);
  if (doubled_at (seg, text, start, start, end))
    {
      g = &seg->doubled[(guchar) text[start]];
      n = 2;
    }
  if (g == NULL || g->single != single || g->role == ROLE_CLOSE)
    return FALSE;
  if (!single || g->role == ROLE_OPEN)
    return TRUE;
  return start + n < end && opens_single (seg, 0, char_at (text, start + n, end, &n2));
}

static void
reserve (GArray *a, gsize n)
{
  guint len = a->len;
  g_array_set_size (a, (guint) MIN (n, 1u << 24));
  g_array_set_size (a, len);
}

CgSegments *
cg_segmenter_run (CgSegmenter *seg, const char *text, gsize len)
{
  CgSegments *out = cg_segments_new ();
  if (text == NULL || len == 0)
    return out;
  /* Room for about a sentence per 80 bytes, a paragraph per 240 and a
   * quotation per 400 of news prose, so the arrays seldom grow one
   * doubling at a time (a GArray keeps its room when set shorter). */
  reserve (out->paragraphs, len / 240 + 8);
  reserve (out->sentences, len / 80 + 8);
  reserve (out->quotes, len / 400 + 8);
  find_paragraphs (seg, text, len, out->paragraphs);

  Scan st = { 0 };
  st.seg = seg;
  st.text = text;
  st.out = out;
  st.reopen_at = -1;
  guint np = out->paragraphs->len;
  for (guint p = 0; p < np; p++)
    {
      const CgParagraph *para = &g_array_index (out->paragraphs, CgParagraph, p);
      st.para = p;
      st.ps = (gsize) para->span.start;
      st.pe = (gsize) para->span.end;
      scan_paragraph (&st);
      st.reopen_at = -1;
      if (st.depth == 0)
        continue;
      const CgParagraph *next = p + 1 < np ? &g_array_index (out->paragraphs, CgParagraph, p + 1) : NULL;
      if (next && reopens (seg, text, (gsize) next->span.start, (gsize) next->span.end,
                           st.stack[0].single))
        {
          end_unclosed (&st, 1, st.pe);
          st.reopen_at = next->span.start;
        }
      else
        end_unclosed (&st, 0, st.pe);
    }
  return out;
}

/* ---- tokens ----------------------------------------------------------- */

static gboolean
is_single_either (gunichar c)
{
  return c == '\'' || c == 0x2018 || c == 0x2019;
}

/* Is C a quotation mark?  With a segmenter, its rule file says; without,
 * the straight and curly single marks, the straight double mark and the
 * Unicode initial/final quote punctuation (and low-9 marks) are. */
static const Glyph *
token_glyph (const CgSegmenter *seg, gunichar c, Glyph *tmp)
{
  if (seg)
    return find_glyph (seg, c);
  tmp->c = c;
  tmp->single = is_single_either (c);
  tmp->role = ROLE_EITHER;
  if (c == '"' || tmp->single)
    return tmp;
  GUnicodeType t = g_unichar_type (c);
  gunichar mirror;
  if (t == G_UNICODE_INITIAL_PUNCTUATION
      || (t == G_UNICODE_OPEN_PUNCTUATION && !g_unichar_get_mirror_char (c, &mirror)))
    {
      tmp->role = ROLE_OPEN;
      return tmp;
    }
  if (t == G_UNICODE_FINAL_PUNCTUATION)
    {
      tmp->role = ROLE_CLOSE;
      return tmp;
    }
  return NULL;
}

/* Does the word TEXT[S, E) keep a final dot without any rules: a capital
 * initial ("J") or dotted letter groups ("U.S", "a.m", "Ph.D")? */
static gboolean
keeps_dot (const char *text, gsize s, gsize e)
{
  gsize n;
  gunichar c0 = char_at (text, s, e, &n);
  if (s + n == e)
    return g_unichar_isupper (c0);
  guint run = 0, dots = 0;
  for (gsize k = s; k < e; k++)
    {
      if (text[k] == '.')
        {
          dots++;
          run = 0;
        }
      else if (!g_ascii_isalpha (text[k]) || ++run > 3)
        return FALSE;
    }
  return dots > 0;
}

static gsize
scan_word (const CgSegmenter *seg, GHashTable *dotted, const char *text, gsize i, gsize end, gunichar c0,
           guint *flags)
{
  gsize j = i, n, n2;
  /* the ASCII tests without g_ascii_table: c0 - '0' < 10 is '0'..'9' */
  gboolean number = c0 < 0x80 ? c0 - '0' < 10 : g_unichar_isdigit (c0);
  *flags = CG_TOKEN_WORD;
  if (number)
    *flags |= CG_TOKEN_NUMBER;
  if (c0 < 0x80 ? c0 - 'A' < 26 : (g_unichar_isupper (c0) || g_unichar_istitle (c0)))
    *flags |= CG_TOKEN_CAPITALIZED;
  const guchar *u = (const guchar *) text;
  for (;;)
    {
      gunichar c = 0;
      /* most words are plain ASCII: skip their letters without decoding,
       * eight at a time */
      for (;;)
        {
          if (j + 8 > end)
            {
              while (j < end && ascii_alnum (u[j]))
                j++;
              break;
            }
          guint64 other = ~ascii_alnum8 (cg_load_le64 (text + j)) & G_GUINT64_CONSTANT (0x8080808080808080);
          if (other)
            {
              j += (gsize) __builtin_ctzll (other) / 8;
              break;
            }
          j += 8;
        }
      /* and most end at an ASCII character that joins nothing (a blank) */
      if (j < end && u[j] < 0x80 && !ascii_joins[u[j]])
        break;
      while (j < end && (is_alnum (c = char_at (text, j, end, &n))
                         || (c >= 0x80 && g_unichar_ismark (c))))
        j += n;
      if (j >= end)
        break;
      gunichar next = j + n < end ? char_at (text, j + n, end, &n2) : 0;
      if ((c == '\'' || c == 0x2019) && is_alpha (next))
        j += n;                     /* don't, Putin's */
      else if ((c == '-' || c == 0x2010 || c == 0x2011) && is_alnum (next))
        j += n;                     /* Vice-President */
      else if (c == '.' && is_alnum (next)
               && !(glued_before (text, i, j) && glued_after (text, j + n, end) && !dotted_name (dotted, text, i, j, end)))
        j += n;                     /* U.S, 3.5 (not "plan.In") */
      else if (c == ',' && number && g_ascii_isdigit (next) && g_ascii_isdigit (text[j - 1]))
        j += n;                     /* 350,000 */
      else
        break;
    }
  if (j < end && text[j] == '.')
    {
      char buf[WORD_CAP];
      if (keeps_dot (text, i, j)
          || (seg && fold_word (text, i, j + 1, buf) && g_hash_table_contains (seg->abbrev, buf)))
        j++;
    }
  return j;
}

/* One step of the tokenizer: skip the blanks at *POS, then write the
 * token there (two for a doubled '' or ``) into OUT, move *POS past it and
 * return how many; 0 at END.  S is the span's start (the text before it is
 * not looked at); *OPEN_SINGLES counts the single quotes left open. */
static inline guint
token_step (const CgSegmenter *seg, GHashTable *dotted, const char *text, gsize s, gsize *pos, gsize end,
            guint *open_singles, CgToken *out)
{
  gsize i = *pos, n, n2;
  gunichar c;
  for (;;)
    {
      if (i >= end)
        {
          *pos = i;
          return 0;
        }
      guchar b = (guchar) text[i];
      if (b < 0x80)
        {
          /* a space first: half the bytes that are not in a word */
          if (b == ' ' || blank_byte (b))
            {
              i++;
              continue;
            }
          c = b;
          n = 1;
          break;
        }
      c = char_at (text, i, end, &n);
      if (g_unichar_isspace (c) || g_unichar_iszerowidth (c))
        {
          i += n;
          continue;
        }
      break;
    }
  CgToken t = { (gint64) i, (gint64) (i + n), CG_TOKEN_PUNCT };
  if (is_alnum (c))
    {
      t.end = (gint64) scan_word (seg, dotted, text, i, end, c, &t.flags);
      out[0] = t;
      *pos = (gsize) t.end;
      return 1;
    }
  if (c == '\'' || c == '`')
    {
      gboolean doubled;
      if (seg)
        doubled = doubled_at (seg, text, s, i, end) != 0;
      else
        doubled = i + 1 < end && text[i + 1] == (char) c && (i + 2 >= end || text[i + 2] != (char) c)
                  && (i == s || text[i - 1] != (char) c);
      if (doubled)
        {
          /* '' and `` stand for a double quotation mark: two QUOTE tokens */
          t.flags |= CG_TOKEN_QUOTE;
          out[0] = t;
          t.start++;
          t.end++;
          out[1] = t;
          *pos = i + 2;
          return 2;
        }
    }
  *pos = i + n;
  /* Without rules no ASCII character but " and ' is a quotation mark
   * (no ASCII character is initial or final punctuation). */
  if (seg == NULL && c < 0x80 && c != '"' && c != '\'')
    {
      out[0] = t;
      return 1;
    }
  Glyph tmp;
  const Glyph *g = token_glyph (seg, c, &tmp);
  if (g && (!g->single || g->role != ROLE_EITHER))
    t.flags |= CG_TOKEN_QUOTE;
  else if (g)
    {
      gunichar prev = char_before (text, s, i);
      gunichar next = i + n < end ? char_at (text, i + n, end, &n2) : 0;
      if (opens_single (seg, prev, next)
          && !(seg && word_in_set (seg->elisions, text, i + n, end)))
        {
          t.flags |= CG_TOKEN_QUOTE;
          (*open_singles)++;
        }
      else if (closes_single (prev, next) && (*open_singles > 0 || !is_alnum (prev)))
        {
          t.flags |= CG_TOKEN_QUOTE;
          if (*open_singles)
            (*open_singles)--;
        }
    }
  out[0] = t;
  return 1;
}

static GArray *
tokenize (const CgSegmenter *seg, const char *text, CgSpan span)
{
  if (text == NULL || span.start < 0 || span.end <= span.start)
    return g_array_new (FALSE, FALSE, sizeof (CgToken));
  /* About one token per five bytes of prose.  Tokens are written straight
   * into the array's storage (g_array_append_val per token cost as much as
   * the scanning); BUF/CAP/COUNT track it and the length is set at the end. */
  guint cap = (guint) MIN ((span.end - span.start) / 5 + 16, 1 << 20), count = 0;
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (CgToken), cap);
  g_array_set_size (out, cap);
  CgToken *buf = (CgToken *) (void *) out->data;
  gsize s = (gsize) span.start, end = (gsize) span.end, i = s;
  guint open_singles = 0;
  for (;;)
    {
      if (count + 2 > cap)
        {
          cap *= 2;
          g_array_set_size (out, cap);
          buf = (CgToken *) (void *) out->data;
        }
      guint got = token_step (seg, seg ? seg->dotted : NULL, text, s, &i, end, &open_singles, buf + count);
      if (got == 0)
        break;
      count += got;
    }
  g_array_set_size (out, count);
  return out;
}

/* scan_word()'s joins, the ASCII ones: an apostrophe (' or U+2019)
 * before a letter, a hyphen before a letter or digit, each with its next
 * byte inside the span; then the word's end judged as cg_tokenizer_fast()
 * judges it (the final dot is no abbreviation's: keeps_dot() fails on the
 * joiner, and the tokenizer has no rules). */
gboolean
cg_tokenizer_joined (const char *text, gsize *pos, gsize i, gsize j, gsize end, gsize limit, CgToken *out,
                     guint64 *lower8)
{
  const guchar *u = (const guchar *) text;
  for (;;)
    {
      gsize k;
      if (j + 4 > limit)
        return FALSE;
      if ((u[j] == '\'' && j + 1 < end && g_ascii_isalpha (u[j + 1]))
          || (u[j] == '-' && j + 1 < end && ascii_alnum (u[j + 1])))
        k = j + 1;
      else if (u[j] == 0xE2 && u[j + 1] == 0x80 && u[j + 2] == 0x99 && j + 3 < end && g_ascii_isalpha (u[j + 3]))
        k = j + 3;
      else
        break;
      if (k + 16 > limit)
        return FALSE;
      guint64 x0;
      gsize run = cg_alnum_run16 (text + k, &x0);
      if (run == 16 || k + run > end)
        return FALSE;
      j = k + run;
    }
  if (j + 2 > limit)
    return FALSE;
  guchar c0 = u[i], c = u[j], next = u[j + 1];
  gboolean ends;
  guint mark_flags;
  if (c >= 0x80)
    ends = c == 0xE2 && cg_tokenizer_mark (text, j, end, limit, &mark_flags);
  else if (c == '\'' || c == '-')
    ends = FALSE;
  else if (c == '.')
    ends = next < 0x80 && !ascii_alnum (next);
  else if (c == ',')
    ends = (guchar) (c0 - '0') >= 10;
  else
    ends = TRUE;
  if (!ends)
    return FALSE;
  out->start = (gint64) i;
  out->end = (gint64) j;
  out->flags = CG_TOKEN_WORD | (((guint) ~c0 & 0x60u) >> 3);
  *pos = j;
  *lower8 = 0;
  return TRUE;
}

GHashTable *
cg_tokenizer_dotted_names (CgRules *rules)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  fill_set (set, cg_rules_entries (rules, "abbreviations", "dotted-name"), GINT_TO_POINTER (1));
  return set;
}

void
cg_tokenizer_init (CgTokenizer *tz, const char *text, CgSpan span)
{
  gboolean ok = text != NULL && span.start >= 0 && span.end > span.start;
  tz->text = text;
  tz->start = ok ? (gsize) span.start : 0;
  tz->pos = tz->start;
  tz->end = ok ? (gsize) span.end : 0;
  tz->limit = tz->end;
  tz->open_singles = 0;
  tz->lower8 = 0;
  tz->dotted = NULL;
}

void
cg_tokenizer_init_within (CgTokenizer *tz, const char *text, gsize text_len, CgSpan span)
{
  cg_tokenizer_init (tz, text, span);
  if (tz->end > 0 && text_len > tz->end)
    tz->limit = text_len;
}

guint
cg_tokenizer_next_slow (CgTokenizer *tz, CgToken out[2])
{
  /* The shortcut skips spaces only: after a line break or a tab, skip the
   * blanks as token_step () would and give the word after them its
   * chance (a paragraph's first word, a line's) */
  gsize i = tz->pos;
  while (i < tz->end && blank_byte ((guchar) tz->text[i]))
    i++;
  if (i > tz->pos)
    {
      tz->pos = i;
      if (cg_tokenizer_fast (tz->text, &tz->pos, tz->end, tz->limit, &out[0], &tz->lower8))
        return 1;
      tz->lower8 = 0;
    }
  return token_step (NULL, tz->dotted, tz->text, tz->start, &tz->pos, tz->end, &tz->open_singles, out);
}

GArray *
cg_tokenize (const char *text, CgSpan span)
{
  return tokenize (NULL, text, span);
}

GArray *
cg_tokenize_with (const CgSegmenter *segmenter, const char *text, CgSpan span)
{
  return tokenize (segmenter, text, span);
}
