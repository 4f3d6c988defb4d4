/* link.c: links between assertions of different articles (see cg-link.h).
 *
 * Each assertion is normalized once (cg-normalize.h) into sets of interned
 * ids: all words (for same_as), content concepts (for supports and
 * topicality), entities, years and numbers with their context.  Candidate
 * partners come from three indexes, each bounded so the cost per assertion
 * does not grow with the corpus: MinHash/LSH buckets over the content
 * concepts, postings of rare entities, and postings of "number next to
 * concept" keys.  Only candidates are compared exactly.  Every threshold
 * and cue list comes from linking.rules and the other rule files.
 */
#include "cg-link.h"
#include "cg-normalize.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct {
  double      value;
  const char *unit;
  gboolean    part;      /* a part/whole or bound qualifier before it */
  GArray     *context;   /* guint32 concept ids around it, sorted unique */
} Number;

typedef struct {
  CgAssertion *a;
  guint        index;
  gint64       day;       /* Julian day of the article's date, -1 unknown */
  GArray      *words;     /* guint32 stem ids of all words but negations, sorted unique */
  GArray      *content;   /* guint32 concept ids of content tokens, sorted unique */
  GArray      *entities;  /* guint32 concept ids of entity tokens, sorted unique */
  GArray      *names;     /* the entities that are not numbers */
  GArray      *years;     /* guint32 years, sorted unique */
  GArray      *numbers;   /* Number */
  GArray      *negated;   /* guint32 concept ids only ever in a negation's scope, sorted unique */
  guint        cues;      /* negation cues in the text */
  /* The whole assertion is denied: its carrier disputes it, its cue is a
   * refutation or a negation ("falsely claimed", "denied", "did not
   * say"), or the extractor found it negative while the text holds no
   * negation (the negation is in the frame: "did not establish that ...").
   * A negation inside the text is read here, with its scope, which the
   * extractor's single flag cannot carry. */
  gboolean     whole;
  const char  *whole_why;
  gboolean     document;  /* the source mention names a document */
  gboolean     linkable;
} Item;

struct _CgLinker {
  CgRules      *rules;
  CgNormalizer *norm;
  CgLexicon    *refutations;
  CgLexicon    *negation_cues;
  CgLexicon    *unknowns;
  CgLexicon    *documents;
  CgLexicon    *part_whole;
  GHashTable   *antonyms;     /* "stem\tstem" set, both orders */
  GHashTable   *vocab;        /* string -> id + 1 */
  GPtrArray    *strings;      /* id -> string (owned) */
  GPtrArray    *items;        /* Item* */
  GHashTable   *buckets;      /* guint64* band key -> GArray of guint item index */
  GHashTable   *postings;     /* id + 1 -> GArray of guint item index */
  GHashTable   *days;         /* article id -> day + 1 (for the current call) */
  guint64      *seeds;
  /* settings */
  guint  bands, rows, shingle, max_bucket, min_content, min_words, max_entity_df, max_entity_candidates;
  double sa_jaccard, sa_containment, sa_min_words;
  double su_jaccard, su_containment, su_min_shared;
  double su_min_jaccard;
  double co_jaccard, co_containment, co_min_jaccard, co_min_shared;
  double number_window, number_context_shared, number_ratio, numeric_min_shared, numeric_min_unitless;
  double change_days;
};

/* ---- small set helpers --------------------------------------------------- */

static int
cmp_u32 (gconstpointer a, gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;
  return x < y ? -1 : x > y;
}

static void
sort_unique (GArray *a)
{
  g_array_sort (a, cmp_u32);
  guint k = 0;
  for (guint i = 0; i < a->len; i++)
    if (k == 0 || g_array_index (a, guint32, i) != g_array_index (a, guint32, k - 1))
      g_array_index (a, guint32, k++) = g_array_index (a, guint32, i);
  g_array_set_size (a, k);
}

static guint
intersect_count (GArray *a, GArray *b)
{
  guint i = 0, j = 0, n = 0;
  while (i < a->len && j < b->len)
    {
      guint32 x = g_array_index (a, guint32, i), y = g_array_index (b, guint32, j);
      if (x == y)
        n++, i++, j++;
      else if (x < y)
        i++;
      else
        j++;
    }
  return n;
}

static gboolean
contains (GArray *a, guint32 v)
{
  guint lo = 0, hi = a->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      guint32 m = g_array_index (a, guint32, mid);
      if (m == v)
        return TRUE;
      if (m < v)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

static double
jaccard (GArray *a, GArray *b, guint shared)
{
  guint u = a->len + b->len - shared;
  return u ? (double) shared / u : 0;
}

static double
containment (GArray *a, GArray *b, guint shared)
{
  guint m = MIN (a->len, b->len);
  return m ? (double) shared / m : 0;
}

/* splitmix64: a cheap, well-mixed 64-bit hash for MinHash permutations */
static guint64
mix64 (guint64 x)
{
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

static guint64
hash_str (const char *s)
{
  guint64 h = 0xcbf29ce484222325ULL;   /* FNV-1a: stable across runs */
  for (; *s; s++)
    h = (h ^ (guchar) *s) * 0x100000001b3ULL;
  return h;
}

static guint32
intern (CgLinker *l, const char *s)
{
  gpointer v = g_hash_table_lookup (l->vocab, s);
  if (v)
    return GPOINTER_TO_UINT (v) - 1;
  char *copy = g_strdup (s);
  g_ptr_array_add (l->strings, copy);
  guint32 id = l->strings->len - 1;
  g_hash_table_insert (l->vocab, copy, GUINT_TO_POINTER (id + 1));
  return id;
}

static const char *
str_of (CgLinker *l, guint32 id)
{
  return g_ptr_array_index (l->strings, id);
}

/* ---- setup -------------------------------------------------------------- */

static void
item_free (gpointer p)
{
  Item *it = p;
  g_array_unref (it->words);
  g_array_unref (it->content);
  g_array_unref (it->entities);
  g_array_unref (it->names);
  g_array_unref (it->negated);
  g_array_unref (it->years);
  for (guint i = 0; i < it->numbers->len; i++)
    g_array_unref (g_array_index (it->numbers, Number, i).context);
  g_array_unref (it->numbers);
  g_free (it);
}

static double
num (CgRules *rules, const char *key, double fallback)
{
  return cg_rules_number (rules, "linking", key, fallback);
}

CgLinker *
cg_linker_new (CgRules *rules, GError **error)
{
  static const char *const needed[] = { "linking", "antonyms", "refutation" };
  for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
    if (!cg_rules_require (rules, needed[i], error))
      return NULL;
  CgNormalizer *norm = cg_normalizer_new (rules, error);
  if (norm == NULL)
    return NULL;
  CgLinker *l = g_new0 (CgLinker, 1);
  l->rules = rules;
  l->norm = norm;
  l->refutations = cg_lexicon_new (cg_rules_entries (rules, "refutation", NULL));
  l->negation_cues = cg_lexicon_new (cg_rules_entries (rules, "negation", "words"));
  l->unknowns = cg_lexicon_new (cg_rules_entries (rules, "negation", "unknowns"));
  l->documents = cg_lexicon_new (cg_rules_entries (rules, "linking", "quotes"));
  l->part_whole = cg_lexicon_new (cg_rules_entries (rules, "linking", "part_whole"));
  l->antonyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *ant = cg_rules_entries (rules, "antonyms", NULL);
  for (guint i = 0; i < ant->len; i++)
    {
      CgRule *r = g_ptr_array_index (ant, i);
      const char *opp = cg_rule_attr (r, "opposite");
      if (opp == NULL || r->n_words != 1)
        continue;
      char *fo = g_utf8_casefold (opp, -1);
      char *a = cg_normalizer_stem (norm, r->words[0]), *b = cg_normalizer_stem (norm, fo);
      if (strcmp (a, b) != 0)
        {
          g_hash_table_add (l->antonyms, g_strdup_printf ("%s\t%s", a, b));
          g_hash_table_add (l->antonyms, g_strdup_printf ("%s\t%s", b, a));
        }
      g_free (fo);
      g_free (a);
      g_free (b);
    }
  l->vocab = g_hash_table_new (g_str_hash, g_str_equal);
  l->strings = g_ptr_array_new_with_free_func (g_free);
  l->items = g_ptr_array_new_with_free_func (item_free);
  l->buckets = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_array_unref);
  l->postings = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  l->days = g_hash_table_new (g_str_hash, g_str_equal);

  l->bands = (guint) CLAMP (num (rules, "bands", 20), 1, 256);
  l->rows = (guint) CLAMP (num (rules, "rows", 3), 1, 16);
  l->shingle = (guint) CLAMP (num (rules, "shingle", 1), 1, 5);
  l->max_bucket = (guint) MAX (num (rules, "max_bucket", 64), 2);
  l->min_content = (guint) MAX (num (rules, "min_content", 2), 1);
  l->min_words = (guint) MAX (num (rules, "min_words", 4), 1);
  l->max_entity_df = (guint) MAX (num (rules, "max_entity_df", 20), 0);
  l->max_entity_candidates = (guint) MAX (num (rules, "max_entity_candidates", 50), 0);
  l->sa_jaccard = num (rules, "same_as_jaccard", 0.75);
  l->sa_containment = num (rules, "same_as_containment", 0.9);
  l->sa_min_words = num (rules, "same_as_min_words", 6);
  l->su_jaccard = num (rules, "supports_jaccard", 0.5);
  l->su_containment = num (rules, "supports_containment", 0.75);
  l->su_min_shared = num (rules, "supports_min_shared", 3);
  l->co_jaccard = num (rules, "contradicts_jaccard", 0.5);
  l->co_containment = num (rules, "contradicts_containment", 0.7);
  l->co_min_jaccard = num (rules, "contradicts_min_jaccard", 0.3);
  l->co_min_shared = num (rules, "contradicts_min_shared", 3);
  l->su_min_jaccard = num (rules, "supports_min_jaccard", 0.3);
  l->number_window = num (rules, "number_window", 4);
  l->number_context_shared = num (rules, "number_context_shared", 3);
  l->number_ratio = num (rules, "number_ratio", 1.1);
  l->numeric_min_shared = num (rules, "numeric_min_shared", 3);
  l->numeric_min_unitless = num (rules, "numeric_min_unitless", 1e6);
  l->change_days = num (rules, "change_over_time_days", 365);
  l->seeds = g_new (guint64, l->bands * l->rows);
  for (guint i = 0; i < l->bands * l->rows; i++)
    l->seeds[i] = mix64 (0x5eed0000ULL + i);
  return l;
}

void
cg_linker_free (CgLinker *l)
{
  if (l == NULL)
    return;
  cg_normalizer_free (l->norm);
  cg_lexicon_free (l->refutations);
  cg_lexicon_free (l->negation_cues);
  cg_lexicon_free (l->unknowns);
  cg_lexicon_free (l->documents);
  cg_lexicon_free (l->part_whole);
  g_hash_table_unref (l->antonyms);
  g_hash_table_unref (l->vocab);
  g_ptr_array_unref (l->strings);
  g_ptr_array_unref (l->items);
  g_hash_table_unref (l->buckets);
  g_hash_table_unref (l->postings);
  g_hash_table_unref (l->days);
  g_free (l->seeds);
  g_free (l);
}

/* ---- one assertion into an item ----------------------------------------- */

static gint64
parse_day (const char *date)
{
  int y, m, d;
  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &y, &m, &d) != 3
      || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return -1;
  GDate g;
  g_date_clear (&g, 1);
  g_date_set_dmy (&g, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return g_date_get_julian (&g);
}

static void
remember_days (CgLinker *l, GPtrArray *articles)
{
  g_hash_table_remove_all (l->days);
  for (guint i = 0; articles && i < articles->len; i++)
    {
      CgArticle *a = g_ptr_array_index (articles, i);
      gint64 day = parse_day (a->date);
      if (a->id && day >= 0)
        g_hash_table_insert (l->days, a->id, GSIZE_TO_POINTER ((gsize) day + 1));
    }
}

static gboolean
is_content (const CgNormToken *t)
{
  return !(t->flags & (CG_NORM_STOP | CG_NORM_NEGATION));
}

/* Did a part/whole or bound qualifier ("at least", "of which") end right
 * before token I? */
static gboolean
part_before (CgLinker *l, GArray *toks, guint i)
{
  char *words[8];
  guint n = 0, first = i >= 4 ? i - 4 : 0;
  for (guint k = first; k < i; k++)
    words[n++] = g_array_index (toks, CgNormToken, k).word;
  words[n] = NULL;
  for (guint k = 0; k < n; k++)
    {
      guint len = 0;
      if (cg_lexicon_match (l->part_whole, words, n, k, &len) && k + len == n)
        return TRUE;
    }
  return FALSE;
}

static Item *
make_item (CgLinker *l, CgAssertion *a)
{
  Item *it = g_new0 (Item, 1);
  it->a = a;
  it->words = g_array_new (FALSE, FALSE, sizeof (guint32));
  it->content = g_array_new (FALSE, FALSE, sizeof (guint32));
  it->entities = g_array_new (FALSE, FALSE, sizeof (guint32));
  it->names = g_array_new (FALSE, FALSE, sizeof (guint32));
  it->negated = g_array_new (FALSE, FALSE, sizeof (guint32));
  it->years = g_array_new (FALSE, FALSE, sizeof (guint32));
  it->numbers = g_array_new (FALSE, FALSE, sizeof (Number));
  gpointer d = a->article_id ? g_hash_table_lookup (l->days, a->article_id) : NULL;
  it->day = d ? (gint64) GPOINTER_TO_SIZE (d) - 1 : -1;

  CgNormText *nt = cg_normalize (l->norm, a->text);
  GArray *toks = nt->tokens;
  GArray *content_pos = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *plain = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint i = 0; i < toks->len; i++)
    {
      CgNormToken *t = &g_array_index (toks, CgNormToken, i);
      if (t->flags & CG_NORM_NEGATION)
        continue;
      guint32 sid = intern (l, t->stem);
      g_array_append_val (it->words, sid);
      if (!is_content (t))
        continue;
      guint32 cid = intern (l, t->concept);
      g_array_append_val (it->content, cid);
      g_array_append_val (content_pos, i);
      if (t->flags & CG_NORM_NEGATED)
        g_array_append_val (it->negated, cid);
      else
        g_array_append_val (plain, cid);
      if (t->flags & CG_NORM_ENTITY)
        g_array_append_val (it->entities, cid);
      if ((t->flags & CG_NORM_ENTITY) && !(t->flags & CG_NORM_NUMBER))
        g_array_append_val (it->names, cid);
      if (t->flags & CG_NORM_YEAR)
        {
          guint32 y = (guint32) t->value;
          g_array_append_val (it->years, y);
        }
    }
  /* Numbers, with the content concepts within the window around them. */
  guint w = (guint) l->number_window;
  for (guint c = 0; c < content_pos->len; c++)
    {
      guint i = g_array_index (content_pos, guint, c);
      CgNormToken *t = &g_array_index (toks, CgNormToken, i);
      if (!(t->flags & CG_NORM_NUMBER) || (t->flags & CG_NORM_YEAR))
        continue;
      Number nb = { t->value, t->unit, part_before (l, toks, i), g_array_new (FALSE, FALSE, sizeof (guint32)) };
      for (guint k = c >= w ? c - w : 0; k <= c + w && k < content_pos->len; k++)
        {
          CgNormToken *u = &g_array_index (toks, CgNormToken, g_array_index (content_pos, guint, k));
          if (k == c || (u->flags & CG_NORM_NUMBER))
            continue;
          guint32 id = intern (l, u->concept);
          g_array_append_val (nb.context, id);
        }
      sort_unique (nb.context);
      g_array_append_val (it->numbers, nb);
    }
  g_array_unref (content_pos);
  sort_unique (it->words);
  sort_unique (it->content);
  sort_unique (it->entities);
  sort_unique (it->names);
  /* a concept also stated without negation is not denied by the text:
   * "not putting people back to work ... help ourselves by putting
   * people back to work" */
  sort_unique (it->negated);
  sort_unique (plain);
  guint kept = 0;
  for (guint i = 0; i < it->negated->len; i++)
    if (!contains (plain, g_array_index (it->negated, guint32, i)))
      g_array_index (it->negated, guint32, kept++) = g_array_index (it->negated, guint32, i);
  g_array_set_size (it->negated, kept);
  g_array_unref (plain);
  it->cues = nt->negations;
  sort_unique (it->years);
  const CgRule *cue = NULL;
  if (cg_normalizer_has_phrase (l->norm, l->unknowns, a->cue_text, NULL))
    ;   /* "it is not known if ...": left open, not denied */
  else if (a->stance == CG_STANCE_DISPUTES)
    it->whole = TRUE, it->whole_why = "disputed by its carrier";
  else if (cg_normalizer_has_phrase (l->norm, l->refutations, a->cue_text, &cue))
    it->whole = TRUE, it->whole_why = cue->phrase;
  else if (cg_normalizer_has_phrase (l->norm, l->negation_cues, a->cue_text, &cue))
    it->whole = TRUE, it->whole_why = cue->phrase;
  else if (a->polarity == CG_POLARITY_NEGATIVE && nt->negations == 0 && nt->non_negations == 0)
    it->whole = TRUE, it->whole_why = "negative polarity";
  cg_norm_text_free (nt);

  it->document = cg_normalizer_has_phrase (l->norm, l->documents, a->source_text, NULL);
  it->linkable = (it->content->len >= l->min_content || it->words->len >= l->min_words) && a->id != NULL;
  return it;
}

/* ---- indexes ------------------------------------------------------------ */

static void
signature (CgLinker *l, Item *it, guint64 *sig)
{
  guint n = l->bands * l->rows;
  for (guint k = 0; k < n; k++)
    sig[k] = G_MAXUINT64;
  /* Shingles over the content concepts in sorted order when shingle = 1;
   * longer shingles use the same order, which keeps them deterministic.
   * A text too short in content ("you never should have started it") is
   * hashed over all its words instead, so it can still meet its copies. */
  GArray *c = it->content->len >= l->min_content ? it->content : it->words;
  guint sh = MIN (l->shingle, c->len);
  for (guint i = 0; i + sh <= c->len; i++)
    {
      guint64 h = 0;
      for (guint k = 0; k < sh; k++)
        h = mix64 (h ^ hash_str (str_of (l, g_array_index (c, guint32, i + k))));
      for (guint k = 0; k < n; k++)
        {
          guint64 v = mix64 (h ^ l->seeds[k]);
          if (v < sig[k])
            sig[k] = v;
        }
    }
}

static guint64
band_key (const guint64 *sig, guint band, guint rows)
{
  guint64 h = mix64 (band + 1);
  for (guint r = 0; r < rows; r++)
    h = mix64 (h ^ sig[band * rows + r]);
  return h;
}

/* The ids an item is posted under: its entities and "number next to
 * concept" keys. */
static GArray *
posting_keys (CgLinker *l, Item *it)
{
  GArray *keys = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_array_append_vals (keys, it->entities->data, it->entities->len);
  for (guint i = 0; i < it->numbers->len; i++)
    {
      Number *nb = &g_array_index (it->numbers, Number, i);
      for (guint k = 0; k < nb->context->len; k++)
        {
          char *key = g_strdup_printf ("#%s@%s", nb->unit ? nb->unit : "",
                                       str_of (l, g_array_index (nb->context, guint32, k)));
          guint32 id = intern (l, key);
          g_array_append_val (keys, id);
          g_free (key);
        }
    }
  sort_unique (keys);
  return keys;
}

/* Add the item to the indexes; with CANDS, first collect the earlier items
 * it collides with (sorted unique indexes). */
static void
index_item (CgLinker *l, Item *it, GArray *cands)
{
  if (!it->linkable)
    return;
  guint64 *sig = g_new (guint64, l->bands * l->rows);
  signature (l, it, sig);
  for (guint b = 0; b < l->bands; b++)
    {
      gint64 key = (gint64) band_key (sig, b, l->rows);
      GArray *bucket = g_hash_table_lookup (l->buckets, &key);
      if (bucket == NULL)
        {
          bucket = g_array_new (FALSE, FALSE, sizeof (guint));
          gint64 *k = g_new (gint64, 1);
          *k = key;
          g_hash_table_insert (l->buckets, k, bucket);
        }
      if (bucket->len > l->max_bucket)
        continue;     /* boilerplate run: neither candidates nor growth */
      if (cands)
        g_array_append_vals (cands, bucket->data, bucket->len);
      g_array_append_val (bucket, it->index);
    }
  g_free (sig);

  GArray *keys = posting_keys (l, it);
  guint from_entities = 0;
  for (guint i = 0; i < keys->len; i++)
    {
      gpointer k = GUINT_TO_POINTER (g_array_index (keys, guint32, i) + 1);
      GArray *post = g_hash_table_lookup (l->postings, k);
      if (post == NULL)
        {
          post = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (l->postings, k, post);
        }
      if (post->len > l->max_entity_df)
        continue;     /* not rare: says nothing about the pair */
      if (cands && from_entities < l->max_entity_candidates)
        {
          guint take = MIN (post->len, l->max_entity_candidates - from_entities);
          g_array_append_vals (cands, post->data, take);
          from_entities += take;
        }
      g_array_append_val (post, it->index);
    }
  g_array_unref (keys);
  if (cands)
    sort_unique (cands);
}

/* ---- exact comparison ----------------------------------------------------- */

static gboolean
same_str (const char *a, const char *b)
{
  return a && b && strcmp (a, b) == 0;
}

/* Does each side name an entity the other never mentions?  Then they are
 * about different things ("Russia invaded Ukraine" / "Russia invaded
 * Georgia"), whatever words they share.  Numbers are left to the numeric
 * check: differing figures are what a numeric conflict is made of. */
static gboolean
entity_conflict (CgLinker *l, Item *x, Item *y, GString *why)
{
  const char *ex = NULL, *ey = NULL;
  for (guint i = 0; i < x->names->len && !ex; i++)
    if (!contains (y->content, g_array_index (x->names, guint32, i)))
      ex = str_of (l, g_array_index (x->names, guint32, i));
  for (guint i = 0; i < y->names->len && !ey; i++)
    if (!contains (x->content, g_array_index (y->names, guint32, i)))
      ey = str_of (l, g_array_index (y->names, guint32, i));
  if (ex && ey && why)
    g_string_append_printf (why, "different entities %s / %s", ex, ey);
  return ex && ey;
}

/* Different times: articles further apart than the setting, or explicit
 * years with nothing in common. */
static gboolean
time_apart (CgLinker *l, Item *x, Item *y)
{
  if (x->day >= 0 && y->day >= 0 && fabs ((double) (x->day - y->day)) > l->change_days)
    return TRUE;
  return x->years->len > 0 && y->years->len > 0 && intersect_count (x->years, y->years) == 0;
}

static gboolean
same_value (CgLinker *l, Number *a, Number *b)
{
  if (!same_str (a->unit, b->unit) && (a->unit || b->unit))
    return FALSE;
  double hi = MAX (fabs (a->value), fabs (b->value)), lo = MIN (fabs (a->value), fabs (b->value));
  return lo > 0 ? hi / lo <= l->number_ratio : hi == lo;
}

/* Does IT state a figure equal to NB anywhere? */
static gboolean
states (CgLinker *l, Item *it, Number *nb)
{
  for (guint i = 0; i < it->numbers->len; i++)
    if (same_value (l, &g_array_index (it->numbers, Number, i), nb))
      return TRUE;
  return FALSE;
}

/* A number worth comparing: with a unit ("$", "%"), or large enough that
 * it is not a count, a day or an hour, which differ about different
 * things far more often than they conflict. */
static gboolean
comparable (CgLinker *l, Number *nb)
{
  return !nb->part && (nb->unit != NULL || fabs (nb->value) >= l->numeric_min_unitless);
}

/* The best conflicting pair of numbers about the same thing, or FALSE.
 * Only figures each side states alone can conflict: a range "40-60" or a
 * date "June 28 at 2 p.m." holds the other side's figure too. */
static gboolean
numeric_conflict (CgLinker *l, Item *x, Item *y, GString *why)
{
  double best = 0;
  Number *bx = NULL, *by = NULL;
  for (guint i = 0; i < x->numbers->len; i++)
    {
      Number *nx = &g_array_index (x->numbers, Number, i);
      if (!comparable (l, nx) || states (l, y, nx))
        continue;
      for (guint j = 0; j < y->numbers->len; j++)
        {
          Number *ny = &g_array_index (y->numbers, Number, j);
          if (!comparable (l, ny) || states (l, x, ny))
            continue;
          if (!same_str (nx->unit, ny->unit) && (nx->unit || ny->unit))
            continue;
          guint shared = intersect_count (nx->context, ny->context);
          if (shared < l->number_context_shared)
            continue;
          /* context words of one side missing around the other number
           * point at another subject ("Europe contributed $138 billion") */
          double score = shared;
          for (guint k = 0; k < nx->context->len; k++)
            if (!contains (ny->context, g_array_index (nx->context, guint32, k)))
              score -= 0.5;
          for (guint k = 0; k < ny->context->len; k++)
            if (!contains (nx->context, g_array_index (ny->context, guint32, k)))
              score -= 0.5;
          if (bx == NULL || score > best)
            best = score, bx = nx, by = ny;
        }
    }
  if (bx == NULL)
    return FALSE;
  GString *ctx = g_string_new (NULL);
  for (guint k = 0; k < bx->context->len; k++)
    if (contains (by->context, g_array_index (bx->context, guint32, k)))
      g_string_append_printf (ctx, "%s%s", ctx->len ? " " : "", str_of (l, g_array_index (bx->context, guint32, k)));
  g_string_append_printf (why, "%g%s%s vs %g%s%s about \"%s\"", bx->value, bx->unit ? " " : "",
                          bx->unit ? bx->unit : "", by->value, by->unit ? " " : "", by->unit ? by->unit : "",
                          ctx->str);
  g_string_free (ctx, TRUE);
  return TRUE;
}

static gboolean
antonym_pair (CgLinker *l, Item *x, Item *y, GString *why)
{
  for (guint i = 0; i < x->content->len; i++)
    {
      guint32 p = g_array_index (x->content, guint32, i);
      if (contains (y->content, p))
        continue;
      for (guint j = 0; j < y->content->len; j++)
        {
          guint32 q = g_array_index (y->content, guint32, j);
          if (contains (x->content, q))
            continue;
          char *key = g_strdup_printf ("%s\t%s", str_of (l, p), str_of (l, q));
          gboolean hit = g_hash_table_contains (l->antonyms, key);
          g_free (key);
          if (hit)
            {
              g_string_append_printf (why, "antonyms %s / %s", str_of (l, p), str_of (l, q));
              return TRUE;
            }
        }
    }
  return FALSE;
}

static void
emit (GPtrArray *out, Item *from, Item *to, CgRelation rel, double score, const char *rule, GString *ev)
{
  CgLink *k = cg_link_new ();
  k->from = g_strdup (from->a->id);
  k->to = g_strdup (to->a->id);
  k->relation = rel;
  k->score = round (score * 1000) / 1000;
  k->rule = g_strdup (rule);
  k->evidence = g_strdup (ev->str);
  g_ptr_array_add (out, k);
}

static gboolean
negated (Item *it, guint32 c)
{
  return contains (it->negated, c) != it->whole;
}

/* The shared concepts negated on one side only, written to WHY (may be
 * NULL); returns how many. */
static guint
flipped (CgLinker *l, Item *x, Item *y, GString *why)
{
  Item *side = NULL;
  guint n = 0, i = 0, j = 0;
  while (i < x->content->len && j < y->content->len)
    {
      guint32 a = g_array_index (x->content, guint32, i), b = g_array_index (y->content, guint32, j);
      if (a < b)
        i++;
      else if (b < a)
        j++;
      else
        {
          if (negated (x, a) != negated (y, a))
            {
              if (side == NULL)
                side = negated (x, a) ? x : y;
              if (why && n < 4)
                g_string_append_printf (why, "%s%s", n ? " " : "", str_of (l, a));
              n++;
            }
          i++, j++;
        }
    }
  if (why && side)
    g_string_prepend (why, side == x ? "<x>" : "<y>");
  return n;
}

static gboolean
earlier (Item *x, Item *y)
{
  if (x->day >= 0 && y->day >= 0 && x->day != y->day)
    return x->day < y->day;
  return x->index < y->index;
}

/* Compare X (indexed before) with Y; append at most one link to OUT, or
 * for a quote, set *QUOTE_OF to the origin candidate. */
static void
compare (CgLinker *l, Item *x, Item *y, GPtrArray *out, Item **quote_of)
{
  CgAssertion *ax = x->a, *ay = y->a;
  gboolean same_article = same_str (ax->article_id, ay->article_id);
  gboolean same_speaker = same_str (ax->speaker_id, ay->speaker_id);
  guint cs = intersect_count (x->content, y->content);
  double cj = jaccard (x->content, y->content, cs), cc = containment (x->content, y->content, cs);
  guint ws = intersect_count (x->words, y->words);
  double wj = jaccard (x->words, y->words, ws), wc = containment (x->words, y->words, ws);
  GString *ev = g_string_new (NULL);
  GString *cue = g_string_new (NULL);
  gboolean conflict = entity_conflict (l, x, y, NULL);

  /* contradictions first: they may hold within one article too */
  if (!conflict && cs > 0)
    {
      gboolean topical = cs >= l->co_min_shared
                         && (cj >= l->co_jaccard || (cc >= l->co_containment && cj >= l->co_min_jaccard));
      const char *rule = NULL;
      double score = MAX (cj, cc);
      GString *flips = g_string_new (NULL);
      guint nflip = flipped (l, x, y, flips);
      /* with as many cues on both sides, a flip is the scope read
       * differently ("aren't combined, written out yet" / "aren't written
       * yet"), not a denial */
      if (topical && nflip > 0 && (x->whole != y->whole || x->cues != y->cues))
        {
          if (x->whole != y->whole)
            {
              Item *w = x->whole ? x : y;
              rule = w->a->stance == CG_STANCE_DISPUTES || cg_lexicon_lookup (l->refutations, w->whole_why)
                     ? "contradicts.refutation" : "contradicts.negation";
              g_string_append_printf (cue, "%s denied (%s): %s", w->a->id, w->whole_why, flips->str + 3);
            }
          else
            {
              rule = "contradicts.negation";
              Item *side = g_str_has_prefix (flips->str, "<x>") ? x : y;
              g_string_append_printf (cue, "negated in %s only: %s", side->a->id, flips->str + 3);
            }
        }
      else if (topical && nflip == 0 && antonym_pair (l, x, y, cue))
        rule = "contradicts.antonym";
      /* a figure its carrier disputes may still conflict with another:
       * the dispute flips every word, not just the figure */
      else if ((nflip == 0 || x->whole != y->whole) && cs >= l->numeric_min_shared
               && numeric_conflict (l, x, y, cue))
        {
          rule = "contradicts.numeric";
          if (x->whole != y->whole)
            g_string_append_printf (cue, "; %s %s", (x->whole ? x : y)->a->id, (x->whole ? x : y)->whole_why);
        }
      g_string_free (flips, TRUE);
      if (rule)
        {
          /* within one article only between different speakers (one may
           * be unknown), and never between two extractions of one span */
          gboolean overlap = cg_span_is_set (ax->span) && cg_span_is_set (ay->span)
                             && ax->span.start < ay->span.end && ay->span.start < ax->span.end;
          gboolean allowed = !same_article
                             || (!same_speaker && (ax->speaker_id || ay->speaker_id) && !overlap);
          if (allowed && !time_apart (l, x, y))
            {
              g_string_append_printf (ev, "jaccard=%.2f containment=%.2f; %s", cj, cc, cue->str);
              if (same_speaker)
                g_string_append_printf (ev, "; same speaker %s", ax->speaker_id);
              emit (out, x, y, CG_RELATION_CONTRADICTS, score, rule, ev);
            }
          /* a contradiction, even one explained by time, is never support */
          goto done;
        }
    }
  if (same_article)
    goto done;

  gboolean same_polarity = flipped (l, x, y, NULL) == 0 || (x->whole == y->whole && x->cues == y->cues);
  if (same_polarity && (wj >= l->sa_jaccard
                        || (wc >= l->sa_containment && MIN (x->words->len, y->words->len) >= l->sa_min_words)))
    {
      if (same_speaker && (x->document || y->document))
        {
          *quote_of = (*quote_of == NULL || earlier (x, *quote_of)) ? x : *quote_of;
          goto done;
        }
      g_string_append_printf (ev, "jaccard=%.2f containment=%.2f", wj, wc);
      if (same_speaker)
        g_string_append_printf (ev, "; same speaker %s", ax->speaker_id);
      emit (out, x, y, CG_RELATION_SAME_AS, MAX (wj, wc), "same_as.shingles", ev);
      goto done;
    }
  if (same_polarity && !conflict && cs >= l->su_min_shared
      && (cj >= l->su_jaccard || (cc >= l->su_containment && cj >= l->su_min_jaccard)))
    {
      GString *skip = g_string_new (NULL);
      gboolean numbers_differ = numeric_conflict (l, x, y, skip);
      g_string_free (skip, TRUE);
      if (!numbers_differ)
        {
          g_string_append_printf (ev, "concept jaccard=%.2f containment=%.2f shared=%u", cj, cc, cs);
          if (same_speaker)
            g_string_append_printf (ev, "; same speaker %s", ax->speaker_id);
          if (time_apart (l, x, y))
            g_string_append (ev, "; change over time");
          emit (out, y, x, CG_RELATION_SUPPORTS, MAX (cj, cc), "supports.concepts", ev);
        }
    }
done:
  g_string_free (ev, TRUE);
  g_string_free (cue, TRUE);
}

/* ---- the interface ------------------------------------------------------ */

static guint
add_items (CgLinker *l, GPtrArray *assertions)
{
  guint first = l->items->len;
  for (guint i = 0; assertions && i < assertions->len; i++)
    {
      Item *it = make_item (l, g_ptr_array_index (assertions, i));
      it->index = l->items->len;
      g_ptr_array_add (l->items, it);
    }
  return first;
}

void
cg_linker_index (CgLinker *l, GPtrArray *assertions, GPtrArray *articles)
{
  remember_days (l, articles);
  guint first = add_items (l, assertions);
  for (guint i = first; i < l->items->len; i++)
    index_item (l, g_ptr_array_index (l->items, i), NULL);
}

GPtrArray *
cg_linker_add (CgLinker *l, GPtrArray *assertions, GPtrArray *articles)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_link_free);
  remember_days (l, articles);
  guint first = add_items (l, assertions);
  GArray *cands = g_array_new (FALSE, FALSE, sizeof (guint));
  guint64 compared = 0;
  for (guint i = first; i < l->items->len; i++)
    {
      Item *y = g_ptr_array_index (l->items, i);
      g_array_set_size (cands, 0);
      index_item (l, y, cands);
      compared += cands->len;
      Item *quote_of = NULL;
      for (guint k = 0; k < cands->len; k++)
        {
          Item *x = g_ptr_array_index (l->items, g_array_index (cands, guint, k));
          if (x != y)
            compare (l, x, y, out, &quote_of);
        }
      if (quote_of)
        {
          /* the carrier's assertion quotes the earliest one of the same
           * words by the same (document) speaker */
          Item *from = earlier (quote_of, y) ? y : quote_of, *to = from == y ? quote_of : y;
          guint ws = intersect_count (from->words, to->words);
          GString *ev = g_string_new (NULL);
          g_string_append_printf (ev, "jaccard=%.2f containment=%.2f; same speaker %s, a document",
                                  jaccard (from->words, to->words, ws), containment (from->words, to->words, ws),
                                  y->a->speaker_id);
          emit (out, from, to, CG_RELATION_QUOTES, jaccard (from->words, to->words, ws), "quotes.same_origin", ev);
          g_string_free (ev, TRUE);
        }
    }
  g_array_unref (cands);
  g_debug ("linked %u assertions against %u: %" G_GUINT64_FORMAT " exact comparisons, %u links",
           l->items->len - first, l->items->len, compared, out->len);
  return out;
}
