/* extract.c: stage 3, assertions with cue and source mention.
 *
 * One pass over the article's tokens annotates cue verbs (every inflection
 * of cue-verbs.rules), prepositional cues and quotation marks; the
 * attribution patterns of patterns.rules are then tried only where they can
 * be anchored (a cue, a literal word, a quotation), and speaker mentions
 * are found by a small noun-phrase scanner driven by the word lists of
 * extract.rules (determiners, titles, pronouns, words that end a mention).
 * What no pattern explains is handled last: a bare quotation continuing the
 * speaker of the quotation before it, scare quotes (left alone), and the
 * author's own check-worthy sentences.
 *
 * Everything built in cg_extractor_new is read only afterwards, so one
 * extractor serves all threads.
 */
#include "cg-extract.h"
#include "cg-reader.h"
#include "cg-segment.h"
#include "cg-pattern.h"
#include "cg-tagger.h"
#include "cg-bounds.h"

#include <string.h>

#define NONE G_MAXUINT
#define NOT_TRIED (G_MAXUINT - 1)

/* The word lists: the lists of one CgLexicon, so one hash lookup per token
 * tells which lists its word belongs to (CgLexWord's bits) and gives its
 * id, and an entry is found by comparing ids.  The lists before L_HOT_END
 * are the lexicon's hot tier: the token pass copies their single bits per
 * token (Run.single), which tok_is () reads.  The lists from
 * CG_LEXICON_HOT_LISTS on are its cold tier, read through the token's word
 * id on demand: lists asked about at a few tokens of a text.  A new list
 * goes before L_HOT_END while it is under CG_LEXICON_HOT_LISTS (8 free
 * there) when a pass over all tokens asks about it, else at the end (56
 * free there, CG_LEXICON_MAX_LISTS in all); then it is filled in
 * cg_extractor_new () and asked with tok_is (), tword_is () or
 * match_entry (), which take either tier. */
enum {
  L_VERB, L_PREP, L_PREFIX, L_DET, L_PRON, L_TITLE, L_NOT_SOURCE, L_RELATIVE, L_BREAK,
  L_QUANTITY, L_NOT_CONTENT, L_NEGATION, L_WORTHY, L_NOT_CLAIM, L_HEDGE, L_STANCE, L_ANCHOR, L_NOUN_ANCHOR,
  L_CONTENT_END, L_CONTENT_PREP, L_NOUN_BEFORE, L_NAME_JOIN, L_HEARER, L_AFTER_HEARER, L_CUE_JOIN, L_SOURCE_PREP, L_SOURCE_TAIL, L_AGENT, L_PASSIVE, L_GIVEN, L_TRIGGER, L_COORD, L_SUBORD, L_PLURAL, L_REFUTER, L_OBJ_RELATIVE, L_REL_SOURCE, L_EXPLETIVE, L_CUE_INFINITIVE, L_HEDGE_OPENER, L_POSSESSIVE, L_NOT_POSSESSIVE, L_NP_END, L_BOUNDS, L_QUANT_OPENER, L_TITLE_OPENER, L_TITLE_SMALL, L_PREP_HEAD, L_OWN_JOIN, L_SOURCE_PART, L_ASIDE_OPENER, L_SOURCE_MOD, L_SOURCE_ADV, L_PARTICIPLE_JOINER, L_PARTICLE, L_CONTENT_GOES_ON, L_PARTICIPLE_OPENER, L_GAP, L_HOT_END,
  /* the cold tier */
  L_STATEMENT_NOUN = CG_LEXICON_HOT_LISTS, L_STATEMENT_VERB, L_PARTY_INITIAL, L_LABEL_SPEAKER, L_NOT_LABEL_SPEAKER,
  L_FEELING_VERB, L_FEELING_NOUN, L_FEELING_PARTICLE, L_TOPIC_LABEL, L_SUBJECT_CONJ, L_TIME_OPENER_END, L_TOPIC_CONTENT, L_LIE_CHARGE, L_CHARGE_JOIN,
  L_SOURCE_CITER, L_SOURCE_HEAD, L_QUANT_COMPARATIVE, L_PARTITIVE, N_LEX
};
G_STATIC_ASSERT (L_HOT_END <= CG_LEXICON_HOT_LISTS);

/* One entry of a list, with what the cue marking needs of a verb computed
 * once (attribute lookups per token were a tenth of the run time). */
typedef struct {
  const CgRule *rule;
  guint         n_words;
  guint         cue_mask;   /* L_VERB: cg_pattern_set_cue_mask() */
  gboolean      base;       /* L_VERB: a lemma (base=yes) */
  gboolean      base_ing;   /* L_VERB: an -ing form (base=ing) */
  gboolean      noun_no;    /* L_VERB: never a noun (noun=no) */
  gboolean      hearer;     /* L_VERB: hearer= set */
  gboolean      adjective;  /* L_VERB: adjective= set */
  gboolean      after_noun_no; /* L_VERB: no cue right after a common noun (after-noun=no) */
  gboolean      headline_no; /* L_VERB: no cue in a title-case headline (headline=no) */
  guint         gap;        /* L_GAP: modifiers allowed between its verb and the rest (gap=N) */
  gboolean      head;       /* L_PREP: a cue only before a word of [prep-heads] (head=yes) */
  gboolean      before_ing; /* L_PREFIX: of the cue group only before an -ing form (before=ing) */
  gboolean      finite;     /* L_PREFIX: a finite auxiliary, "did", "does" (finite=yes) */
  const char   *certainty;  /* its certainty= and stance= attributes, or NULL */
  const char   *stance;
} Entry;

/* The attributes of a pattern's rule that from_match () reads for every
 * match, looked up once (each lookup walked the rule's keys). */
typedef struct {
  const char *name, *kind, *speaker, *fronted, *subject;
  gboolean    cue_after_source;  /* cue=after-source */
  gboolean    opener_no;         /* opener=no */
  gboolean    opener_inside;     /* opener=inside */
} PatternAttrs;

static void scratch_free (gpointer data);

struct _CgExtractor {
  CgRules      *rules;
  GPtrArray    *verb_forms;   /* CgRule*, owned: the generated inflections */
  GPtrArray    *gap_forms;    /* CgRule*, owned: those of the gap= entries (list L_GAP) */
  GPtrArray    *anchor_rules; /* CgRule*, owned: the words patterns are anchored on, as one-word rules */
  GPtrArray    *noun_rules;   /* CgRule*, owned: the first words of the NOUN anchors, likewise */
  CgLexicon    *lex;          /* the lists, list L_x is list x */
  Entry        *entries;      /* per phrase id of LEX */
  CgPatternSet *patterns;
  gboolean     *has_quote;    /* per pattern */
  CgPatAnchor  *anchor;       /* per pattern */
  guint        *qsides;       /* per pattern: cg_pattern_quote_sides() */
  guint        *csides;       /* per pattern: cg_pattern_content_sides() */
  PatternAttrs *pattrs;       /* per pattern: the attributes from_match () reads of every match */
  /* the rules of the assertions no pattern makes, interned like the
   * patterns' names (an assertion's rule is, cg-model.h) */
  const char   *rule_continuation, *rule_bare_quote, *rule_author, *rule_tagger;
  /* Per pass (0: patterns with a QUOTE; 2: those anchored on a NOUN; 3:
   * those with nested=yes, tried only inside another's content) and
   * per anchor mask of a token (bit 0 a cue, 1 a preposition, 2 an
   * opening quotation mark, 3 a word some pattern is anchored on,
   * TF_ANCHOR): the patterns it can anchor, in file order.  The patterns
   * on a literal are in the lists of bit 3 only: a token without it fails
   * their anchor, and most cues and quotation marks have not it. */
  guint        *plist[4][16];
  guint         plen[4][16];
  /* plist[0] and plist[1] as run_patterns () tries them at a candidate,
   * without the patterns that would fail there at once: per slot
   * (tlist_slot ()) of the pass, the sides without a quotation mark
   * (pass 0's "blocked"; 0 in pass 1), the anchor mask and the cue
   * class, the patterns whose quotations need no blocked side and whose
   * anchor's CUE:filter the class's cue_mask passes.  tlist holds the
   * lists one after another, slot S from toff[S] to toff[S + 1]. */
  guint        *tlist;
  guint        *toff;
  /* The cue classes: the distinct cue_mask of the verbs, class 0 for a
   * mask past the first CUE_CLASSES - 1 (its lists filter no cue).  A
   * table of CUE_SLOTS slots, a mask + 1 in cue_key and its class in
   * cue_class (0: an empty slot), for cue_class_of (). */
  guint         n_classes;
  guint32       cue_key[128];
  guint8        cue_class[128];
  char          anchor_punct[32]; /* one-byte punctuation some pattern is anchored on */
  gboolean      anchor_byte[256]; /* the same as a table */
  guint         scare_max_words;
  guint         quoted_title_max_words;
  guint         stance_window;
  guint         stance_back_window;
  guint         charge_window;    /* extract.rules charge_window: how far before a lie a hedge or a charge word reaches */
  guint         source_max_words;
  guint         age_max;          /* extract.rules age_max: the largest number read as a person's age */
  guint         continuation_sentences;
  guint         author_min_words;
  guint         bare_quote_min_words;
  const char   *passive_raising;  /* owned by the rules, or NULL */
  const char   *passive_contracted;  /* blank-separated words, owned by the rules, or NULL */
  GHashTable   *nested_stops;     /* extract.rules [nested-stops], words borrowed from the rules */
  GHashTable   *split_words;      /* [not-possessives] with split=yes ("he's"), words borrowed from the rules */
  GHashTable   *verb_particles;   /* extract.rules [verb-particles], the same */
  GHashTable   *time_words;       /* extract.rules [time-words]: word -> its CgRule, both borrowed from the rules */
  GHashTable   *name_particles;   /* names.rules [particles] ("de", "bin"), a table of its own */
  GHashTable   *dotted;           /* abbreviations.rules [dotted-name], ASCII-lowercased, owned */
  GHashTable   *appositive_openers; /* extract.rules [appositive-openers], the same */
  GPtrArray    *tail_openers;     /* extract.rules [tail-openers], borrowed from the rules */
  GHashTable   *setting_preps;    /* extract.rules [setting-prepositions], the same */
  GHashTable   *hearer_settings;  /* extract.rules [hearer-settings], the same */
  guint         hearer_setting_max_words; /* extract.rules hearer_setting_max_words */
  GHashTable   *setting_nouns;    /* extract.rules [setting-nouns], the same */
  GHashTable   *day_modifiers;    /* extract.rules [day-modifiers], the same */
  guint64       time_first[4];    /* the first bytes, ASCII-lowercased, of [source-time-tail]'s first words */
  guint64       time_last[4];     /* ... and of their last words: a phrase's look-up is asked only past both */
  guint         setting_max_words; /* extract.rules setting_max_words: the longest object content a setting ends */
  const char   *relative_verb_suffix; /* extract.rules relative_verb_suffix, owned by the rules, or NULL */
  GPtrArray    *object_joiners;   /* extract.rules [object-clause-joiners], borrowed from the rules */
  guint         object_clause_max_words; /* extract.rules object_clause_max_words */
  guint         setting_phrase_max_words; /* extract.rules setting_phrase_max_words: the longest object content a setting phrase ends */
  guint         object_max_words; /* the largest of setting_max_words, setting_phrase_max_words and object_clause_max_words */
  GPtrArray    *title_preps;      /* the words of extract.rules [source-prepositions] saying title=yes, borrowed */
  GHashTable   *nested_relatives; /* extract.rules [nested-relatives], likewise */
  GHashTable   *content_connectives; /* extract.rules [content-connectives], casefolded phrases */
  GHashTable   *source_time_tail;    /* extract.rules [source-time-tail], likewise */
  GHashTable   *cue_chains;          /* cue-verbs.rules [chains], casefolded phrases */
  GHashTable   *cue_chain_adjectives; /* cue-verbs.rules [chain-adjectives], likewise */
  GHashTable   *cue_chain_ends;      /* the last words of both, casefolded: most words before "to" are none */
  GHashTable   *cue_controllers;     /* extract.rules [cue-controllers], casefolded phrases */
  guint         gap_max;             /* the largest gap= of cue-verbs.rules */
  guint64       gap_second[4];       /* bit (id & 255): a word id that may be a gap= entry's second word */
  guint         nested_max_tokens; /* extract.rules nested_max_tokens */
  CgTagger     *tagger;           /* extract.rules "tagger": the learned tagger, or NULL */
  GPtrArray    *trigger_rules;    /* CgRule*, owned: its trigger words, as one-word rules of L_TRIGGER */
  double        tagger_min_margin;
  guint         tagger_source_max_words;
  guint         tagger_scope;        /* TAGGER_MISSES, TAGGER_UNQUOTED or TAGGER_ALL */
  double        tagger_replace_margin;
  double        tagger_add_margin;
  double        tagger_source_margin;
  CgBounds     *bounds;           /* extract.rules "bounds": the learned bounds chooser, or NULL */
  GPtrArray    *bounds_rules;     /* CgRule*, owned: its boundary words, as one-word rules of L_BOUNDS */
  GMutex        scratch_lock;     /* guards scratch: runs of several threads share the extractor */
  GPtrArray    *scratch;          /* Scratch*, owned: per-token arrays of finished runs, for the next */
  guint16      *word_tf;          /* per lexicon word id: the TF_ bits tokenize () gives a word for its lists */
  guint         bounds_sides;     /* extract.rules bounds_sides: bit 0 the start, bit 1 the end */
  double        bounds_margin;
  GHashTable   *bounds_gate;      /* extract.rules [bounds-gate], words borrowed from the rules: empty, no gate */
  gboolean      bounds_keep_numbers; /* extract.rules bounds_keep_numbers */
  guint         label_max_words;  /* extract.rules label_max_words: the longest label named by its own words */
  guint         label_content_max_words; /* extract.rules label_content_max_words */
};

#define CUE_CLASSES 64
#define CUE_SLOTS 128

/* The slot of the pattern list for PASS (0 or 1), the BLOCKED sides
 * (pass 0 only), the anchor MASK and the cue class CLS (CgExtractor.toff). */
static inline guint
tlist_slot (const CgExtractor *x, guint pass, guint blocked, guint mask, guint cls)
{
  return ((pass ? 64 : blocked * 16) + mask) * x->n_classes + cls;
}

static inline guint
cue_slot (guint cue_mask)
{
  return (cue_mask * 2654435761u) >> 25;
}

/* The cue class of a cue token's cue_mask (0 when it has none). */
static inline guint
cue_class_of (const CgExtractor *x, guint cue_mask)
{
  for (guint h = cue_slot (cue_mask);; h = (h + 1) % CUE_SLOTS)
    if (x->cue_key[h] == cue_mask + 1 || x->cue_key[h] == 0)
      return x->cue_class[h];
}

/* extract.rules tagger_scope: the sentences the tagger labels */
enum { TAGGER_MISSES, TAGGER_UNQUOTED, TAGGER_ALL };

/* ---- building ------------------------------------------------------------- */

static void
verb_form_free (CgRule *r)
{
  g_free (r->phrase);
  g_strfreev (r->words);
  g_strfreev (r->keys);
  g_strfreev (r->values);
  g_free (r);
}

static gboolean
is_vowel (char c)
{
  return strchr ("aeiou", c) != NULL;
}

/* The regular inflections of W: -s, -ed, -ing (with y->i, e-dropping and,
 * when DOUBLE, a doubled last consonant). */
static void
regular_forms (const char *w, gboolean dbl, GPtrArray *out)
{
  gsize n = strlen (w);
  if (n == 0)
    return;
  char last = w[n - 1];
  gboolean cons_y = last == 'y' && n > 1 && !is_vowel (w[n - 2]);
  if (g_str_has_suffix (w, "s") || g_str_has_suffix (w, "x") || g_str_has_suffix (w, "z")
      || g_str_has_suffix (w, "ch") || g_str_has_suffix (w, "sh") || g_str_has_suffix (w, "o"))
    g_ptr_array_add (out, g_strconcat (w, "es", NULL));
  else if (cons_y)
    g_ptr_array_add (out, g_strdup_printf ("%.*sies", (int) (n - 1), w));
  else
    g_ptr_array_add (out, g_strconcat (w, "s", NULL));
  if (last == 'e')
    g_ptr_array_add (out, g_strconcat (w, "d", NULL));
  else if (cons_y)
    g_ptr_array_add (out, g_strdup_printf ("%.*sied", (int) (n - 1), w));
  else if (dbl)
    g_ptr_array_add (out, g_strdup_printf ("%s%ced", w, last));
  else
    g_ptr_array_add (out, g_strconcat (w, "ed", NULL));
  if (g_str_has_suffix (w, "ie"))
    g_ptr_array_add (out, g_strdup_printf ("%.*sying", (int) (n - 2), w));
  else if (last == 'e' && n > 2 && w[n - 2] != 'e')
    g_ptr_array_add (out, g_strdup_printf ("%.*sing", (int) (n - 1), w));
  else if (dbl)
    g_ptr_array_add (out, g_strdup_printf ("%s%cing", w, last));
  else
    g_ptr_array_add (out, g_strconcat (w, "ing", NULL));
}

/* Every inflected form of the cue verbs as rules of their own, sharing the
 * lemma's attributes, so one lexicon lookup finds "sums up" or "told":
 * those of the gap= entries when GAP, else the others.  (A list of their
 * own: the ordinary lookup of "made" walks none of them, and the
 * learned tagger's verb feature, read off list L_VERB, stays as it was
 * trained.) */
static GPtrArray *
build_verb_forms (CgRules *rules, gboolean gap)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) verb_form_free);
  GPtrArray *entries = cg_rules_entries (rules, "cue-verbs", "verbs");
  for (guint i = 0; i < entries->len; i++)
    {
      const CgRule *r = g_ptr_array_index (entries, i);
      if ((cg_rule_attr (r, "gap") != NULL) != gap)
        continue;
      GPtrArray *firsts = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (firsts, g_strdup (r->words[0]));
      const char *forms = cg_rule_attr (r, "forms");
      if (forms)
        {
          char *folded = g_utf8_casefold (forms, -1);
          char **parts = g_strsplit_set (folded, " \t", -1);
          for (char **p = parts; *p; p++)
            if (**p)
              g_ptr_array_add (firsts, g_strdup (*p));
          g_strfreev (parts);
          g_free (folded);
        }
      else
        {
          const char *d = cg_rule_attr (r, "double");
          regular_forms (r->words[0], d && strcmp (d, "yes") == 0, firsts);
        }
      for (guint f = 0; f < firsts->len; f++)
        {
          CgRule *nr = g_new0 (CgRule, 1);
          nr->n_words = r->n_words;
          nr->words = g_new0 (char *, r->n_words + 1);
          nr->words[0] = g_strdup (g_ptr_array_index (firsts, f));
          for (guint w = 1; w < r->n_words; w++)
            nr->words[w] = g_strdup (r->words[w]);
          nr->phrase = g_strjoinv (" ", nr->words);
          /* The lemma itself is marked base=yes: "report" after a singular
           * name is a noun ("the Mueller report"), "reports" a verb. */
          guint nk = r->keys ? g_strv_length (r->keys) : 0;
          nr->keys = g_new0 (char *, nk + 3);
          nr->values = g_new0 (char *, nk + 3);
          for (guint k = 0; k < nk; k++)
            {
              nr->keys[k] = g_strdup (r->keys[k]);
              nr->values[k] = g_strdup (r->values[k]);
            }
          nr->keys[nk] = g_strdup ("base");
          nr->values[nk] = g_strdup (f == 0 ? "yes" : g_str_has_suffix (nr->words[0], "ing") ? "ing" : "no");
          /* "writes wrote written writing": the third of four irregular
           * forms, when it differs from the second and is no -ing form, is
           * a participle only ("known", "seen"), never a past tense */
          if (forms && firsts->len == 5 && f == 3 && !g_str_has_suffix (nr->words[0], "ing")
              && strcmp (g_ptr_array_index (firsts, 2), g_ptr_array_index (firsts, 3)) != 0)
            {
              nr->keys[nk + 1] = g_strdup ("participle");
              nr->values[nk + 1] = g_strdup ("only");
            }
          nr->section = r->section;
          nr->file = r->file;
          nr->line = r->line;
          cg_rule_index_keys (nr);
          g_ptr_array_add (out, nr);
        }
      g_ptr_array_unref (firsts);
    }
  return out;
}

static void
entry_init (const CgExtractor *x, guint l, const CgRule *r, Entry *e)
{
  e->rule = r;
  e->n_words = r->n_words;
  e->certainty = cg_rule_attr (r, "certainty");
  e->stance = cg_rule_attr (r, "stance");
  if (l == L_VERB || l == L_GAP)
    {
      const char *b = cg_rule_attr (r, "base"), *nn = cg_rule_attr (r, "noun");
      e->base = b && strcmp (b, "yes") == 0;
      e->base_ing = b && strcmp (b, "ing") == 0;
      e->noun_no = nn && strcmp (nn, "no") == 0;
      e->hearer = cg_rule_attr (r, "hearer") != NULL;
      e->adjective = cg_rule_attr (r, "adjective") != NULL;
      e->after_noun_no = g_strcmp0 (cg_rule_attr (r, "after-noun"), "no") == 0;
      e->headline_no = g_strcmp0 (cg_rule_attr (r, "headline"), "no") == 0;
      const char *gap = l == L_GAP ? cg_rule_attr (r, "gap") : NULL;
      e->gap = gap && r->n_words >= 2 ? (guint) CLAMP (atoi (gap), 0, 4) : 0;
      e->cue_mask = cg_pattern_set_cue_mask (x->patterns, r);
    }
  if (l == L_PREFIX)
    {
      const char *b = cg_rule_attr (r, "before");
      e->before_ing = b && strcmp (b, "ing") == 0;
      e->finite = g_strcmp0 (cg_rule_attr (r, "finite"), "yes") == 0;
    }
  if (l == L_PREP)
    {
      const char *h = cg_rule_attr (r, "head");
      e->head = h && strcmp (h, "yes") == 0;
    }
}

/* A-Z to a-z in eight ASCII bytes at once. */
static inline guint64
lower_ascii8 (guint64 x)
{
  guint64 ge_a = x + G_GUINT64_CONSTANT (0x3F3F3F3F3F3F3F3F);  /* bit 7: byte >= 'A' */
  guint64 gt_z = x + G_GUINT64_CONSTANT (0x2525252525252525);  /* bit 7: byte > 'Z' */
  return x | (((ge_a & ~gt_z) & G_GUINT64_CONSTANT (0x8080808080808080)) >> 2);
}

/* A pattern anchor word as a one-word rule of list L_ANCHOR. */
static CgRule *
anchor_rule (const char *word)
{
  CgRule *r = g_new0 (CgRule, 1);
  r->phrase = g_strdup (word);
  r->words = g_new0 (char *, 2);
  r->words[0] = g_strdup (word);
  r->n_words = 1;
  r->keys = g_new0 (char *, 1);
  r->values = g_new0 (char *, 1);
  r->section = "";
  cg_rule_index_keys (r);
  return r;
}

/* The path of the model that extract.rules setting KEY names ("tagger =
 * FILE", "bounds = FILE"), or NULL with no error for "none" or no setting.
 * FILE is relative to the directory of the rule file that sets it, so a
 * user directory can ship its own model; a bare name that is not there is
 * looked up among the shipped rules, so a user's extract.rules may name
 * the default model without copying it.  Free the path with g_free(). */
static char *
model_path (CgRules *rules, const char *key)
{
  const CgRule *r = cg_rules_setting (rules, "extract", key);
  const char *v = r ? cg_rule_attr (r, "value") : NULL;
  if (v == NULL || strcmp (v, "none") == 0)
    return NULL;
  if (g_path_is_absolute (v))
    return g_strdup (v);
  char *dir = g_path_get_dirname (r->file ? r->file : ".");
  char *path = g_build_filename (dir, v, NULL);
  g_free (dir);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      char *shipped = g_build_filename (cg_rules_default_dir (), v, NULL);
      if (g_file_test (shipped, G_FILE_TEST_EXISTS))
        {
          g_free (path);
          return shipped;
        }
      g_free (shipped);
    }
  return path;
}

/* The tagger extract.rules names, or NULL (an error only when named and
 * missing or broken). */
static CgTagger *
load_tagger (CgRules *rules, GError **error)
{
  char *path = model_path (rules, "tagger");
  CgTagger *t = path ? cg_tagger_load (path, error) : NULL;
  g_free (path);
  return t;
}

/* The bounds chooser extract.rules names, as for the tagger. */
static CgBounds *
load_bounds (CgRules *rules, GError **error)
{
  char *path = model_path (rules, "bounds");
  CgBounds *b = path ? cg_bounds_load (path, error) : NULL;
  g_free (path);
  return b;
}

/* extract.rules "bounds_sides" (start, end or both; end when unset) into SIDES. */
static gboolean
bounds_sides (CgRules *rules, guint *sides, GError **error)
{
  static const char *const names[] = { "", "start", "end", "both" };
  const CgRule *r = cg_rules_setting (rules, "extract", "bounds_sides");
  *sides = 2;
  if (r == NULL)
    return TRUE;
  const char *v = cg_rule_attr (r, "value");
  for (guint k = 1; k < G_N_ELEMENTS (names); k++)
    if (strcmp (v, names[k]) == 0)
      {
        *sides = k;
        return TRUE;
      }
  return cg_rules_fail (error, r->file, r->line, "bounds_sides must be start, end or both, not \"%s\"", v);
}

/* extract.rules "tagger_scope" into SCOPE (TAGGER_MISSES when unset). */
static gboolean
tagger_scope (CgRules *rules, guint *scope, GError **error)
{
  static const char *const names[] = { "misses", "unquoted", "all" };
  const CgRule *r = cg_rules_setting (rules, "extract", "tagger_scope");
  *scope = TAGGER_MISSES;
  if (r == NULL)
    return TRUE;
  const char *v = cg_rule_attr (r, "value");
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    if (strcmp (v, names[k]) == 0)
      {
        *scope = k;
        return TRUE;
      }
  return cg_rules_fail (error, r->file, r->line, "tagger_scope must be misses, unquoted or all, not \"%s\"", v);
}

static void word_tf_init (CgExtractor *x);

CgExtractor *
cg_extractor_new (CgRules *rules, GError **error)
{
  static const char *const needed[] = { "cue-verbs", "patterns", "certainty", "stance", "extract" };
  for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
    if (!cg_rules_require (rules, needed[i], error))
      return NULL;
  guint skip = (guint) cg_rules_number (rules, "extract", "skip_max", 5);
  CgPatternSet *patterns = cg_pattern_set_new (rules, "patterns", skip, error);
  if (patterns == NULL)
    return NULL;
  GError *local = NULL;
  guint scope, sides = 0;
  CgTagger *tagger = tagger_scope (rules, &scope, &local) ? load_tagger (rules, &local) : NULL;
  CgBounds *bounds = local == NULL && bounds_sides (rules, &sides, &local) ? load_bounds (rules, &local) : NULL;
  if (local)
    {
      g_propagate_error (error, local);
      cg_tagger_free (tagger);
      cg_pattern_set_free (patterns);
      return NULL;
    }
  CgExtractor *x = g_new0 (CgExtractor, 1);
  x->rules = rules;
  x->patterns = patterns;
  x->tagger = tagger;
  x->tagger_scope = scope;
  x->bounds = bounds;
  x->bounds_sides = sides;
  g_mutex_init (&x->scratch_lock);
  x->scratch = g_ptr_array_new_with_free_func (scratch_free);
  x->trigger_rules = g_ptr_array_new_with_free_func ((GDestroyNotify) verb_form_free);
  GPtrArray *triggers = tagger ? cg_tagger_triggers (tagger) : NULL;
  for (guint i = 0; triggers && i < triggers->len; i++)
    g_ptr_array_add (x->trigger_rules, anchor_rule (g_ptr_array_index (triggers, i)));
  x->bounds_rules = g_ptr_array_new_with_free_func ((GDestroyNotify) verb_form_free);
  GPtrArray *bwords = bounds ? cg_bounds_words (bounds) : NULL;
  for (guint i = 0; bwords && i < bwords->len; i++)
    g_ptr_array_add (x->bounds_rules, anchor_rule (g_ptr_array_index (bwords, i)));
  x->verb_forms = build_verb_forms (rules, FALSE);
  x->gap_forms = build_verb_forms (rules, TRUE);
  GPtrArray *lists[N_LEX] = { NULL };
  lists[L_VERB] = x->verb_forms;
  lists[L_GAP] = x->gap_forms;
  lists[L_PREP] = cg_rules_entries (rules, "cue-verbs", "prepositions");
  lists[L_PREFIX] = cg_rules_entries (rules, "cue-verbs", "prefix");
  lists[L_DET] = cg_rules_entries (rules, "extract", "determiners");
  lists[L_PRON] = cg_rules_entries (rules, "extract", "pronouns");
  lists[L_TITLE] = cg_rules_entries (rules, "extract", "titles");
  lists[L_NOT_SOURCE] = cg_rules_entries (rules, "extract", "not-source");
  lists[L_RELATIVE] = cg_rules_entries (rules, "extract", "relative");
  lists[L_BREAK] = cg_rules_entries (rules, "extract", "clause-breaks");
  lists[L_QUANTITY] = cg_rules_entries (rules, "extract", "quantities");
  lists[L_NOT_CONTENT] = cg_rules_entries (rules, "extract", "not-content-start");
  lists[L_CONTENT_END] = cg_rules_entries (rules, "extract", "content-end");
  lists[L_CONTENT_PREP] = cg_rules_entries (rules, "extract", "content-prepositions");
  lists[L_NOUN_BEFORE] = cg_rules_entries (rules, "extract", "noun-before");
  lists[L_NAME_JOIN] = cg_rules_entries (rules, "extract", "name-joiners");
  lists[L_COORD] = cg_rules_entries (rules, "extract", "source-coordinators");
  lists[L_SUBORD] = cg_rules_entries (rules, "extract", "subordinators");
  lists[L_PLURAL] = cg_rules_entries (rules, "extract", "plurals");
  lists[L_REFUTER] = cg_rules_entries (rules, "extract", "cue-refuters");
  lists[L_OBJ_RELATIVE] = cg_rules_entries (rules, "extract", "object-relatives");
  lists[L_REL_SOURCE] = cg_rules_entries (rules, "extract", "relative-sources");
  lists[L_ASIDE_OPENER] = cg_rules_entries (rules, "extract", "aside-openers");
  lists[L_STATEMENT_NOUN] = cg_rules_entries (rules, "extract", "statement-nouns");
  lists[L_STATEMENT_VERB] = cg_rules_entries (rules, "extract", "statement-verbs");
  lists[L_PARTICIPLE_JOINER] = cg_rules_entries (rules, "extract", "participle-joiners");
  lists[L_PARTY_INITIAL] = cg_rules_entries (rules, "extract", "party-initials");
  lists[L_EXPLETIVE] = cg_rules_entries (rules, "extract", "expletives");
  lists[L_CUE_INFINITIVE] = cg_rules_entries (rules, "extract", "cue-infinitives");
  lists[L_HEDGE_OPENER] = cg_rules_entries (rules, "extract", "hedge-openers");
  lists[L_POSSESSIVE] = cg_rules_entries (rules, "extract", "possessives");
  lists[L_NOT_POSSESSIVE] = cg_rules_entries (rules, "extract", "not-possessives");
  lists[L_NP_END] = cg_rules_entries (rules, "extract", "noun-phrase-ends");
  lists[L_QUANT_OPENER] = cg_rules_entries (rules, "extract", "quantity-openers");
  lists[L_TITLE_OPENER] = cg_rules_entries (rules, "extract", "title-openers");
  lists[L_TITLE_SMALL] = cg_rules_entries (rules, "extract", "title-small-words");
  lists[L_LABEL_SPEAKER] = cg_rules_entries (rules, "extract", "label-speakers");
  lists[L_SOURCE_CITER] = cg_rules_entries (rules, "extract", "source-citers");
  lists[L_SOURCE_HEAD] = cg_rules_entries (rules, "extract", "source-description-heads");
  lists[L_QUANT_COMPARATIVE] = cg_rules_entries (rules, "extract", "quantity-comparatives");
  lists[L_PARTITIVE] = cg_rules_entries (rules, "extract", "partitive-sources");
  lists[L_NOT_LABEL_SPEAKER] = cg_rules_entries (rules, "extract", "not-label-speakers");
  lists[L_TOPIC_LABEL] = cg_rules_entries (rules, "extract", "topic-labels");
  lists[L_TOPIC_CONTENT] = cg_rules_entries (rules, "extract", "topic-label-contents");
  lists[L_PREP_HEAD] = cg_rules_entries (rules, "cue-verbs", "prep-heads");
  lists[L_PARTICLE] = cg_rules_entries (rules, "cue-verbs", "particles");
  lists[L_FEELING_VERB] = cg_rules_entries (rules, "extract", "feeling-verbs");
  lists[L_FEELING_NOUN] = cg_rules_entries (rules, "extract", "feeling-nouns");
  lists[L_FEELING_PARTICLE] = cg_rules_entries (rules, "extract", "feeling-particles");
  lists[L_SUBJECT_CONJ] = cg_rules_entries (rules, "extract", "subject-conjunctions");
  lists[L_TIME_OPENER_END] = cg_rules_entries (rules, "extract", "time-opener-ends");
  lists[L_CONTENT_GOES_ON] = cg_rules_entries (rules, "extract", "content-goes-on");
  lists[L_HEARER] = cg_rules_entries (rules, "extract", "hearers");
  lists[L_AFTER_HEARER] = cg_rules_entries (rules, "extract", "after-hearer");
  lists[L_CUE_JOIN] = cg_rules_entries (rules, "extract", "cue-joiners");
  lists[L_OWN_JOIN] = cg_rules_entries (rules, "extract", "clause-joiners");
  lists[L_SOURCE_PART] = cg_rules_entries (rules, "extract", "source-participles");
  lists[L_SOURCE_MOD] = cg_rules_entries (rules, "extract", "source-modifiers");
  lists[L_SOURCE_ADV] = cg_rules_entries (rules, "extract", "source-adverbs");
  lists[L_SOURCE_PREP] = cg_rules_entries (rules, "extract", "source-prepositions");
  lists[L_SOURCE_TAIL] = cg_rules_entries (rules, "extract", "source-tail");
  lists[L_AGENT] = cg_rules_entries (rules, "extract", "agent");
  lists[L_PARTICIPLE_OPENER] = cg_rules_entries (rules, "extract", "participle-openers");
  lists[L_PASSIVE] = cg_rules_entries (rules, "extract", "passive");
  lists[L_GIVEN] = cg_rules_entries (rules, "names", "given-names");
  lists[L_NEGATION] = cg_rules_entries (rules, "extract", "negation");
  lists[L_WORTHY] = cg_rules_entries (rules, "extract", "check-worthy");
  lists[L_NOT_CLAIM] = cg_rules_entries (rules, "extract", "not-claim");
  lists[L_HEDGE] = cg_rules_entries (rules, "certainty", NULL);
  lists[L_STANCE] = cg_rules_entries (rules, "stance", "stance");
  lists[L_LIE_CHARGE] = cg_rules_entries (rules, "stance", "charges");
  lists[L_CHARGE_JOIN] = cg_rules_entries (rules, "stance", "charge-joins");
  x->anchor_rules = g_ptr_array_new_with_free_func ((GDestroyNotify) verb_form_free);
  GPtrArray *anchors = cg_pattern_set_anchor_words (patterns);
  for (guint i = 0; i < anchors->len; i++)
    {
      const char *w = g_ptr_array_index (anchors, i);
      g_ptr_array_add (x->anchor_rules, anchor_rule (w));
      gsize np = strlen (x->anchor_punct);
      if (w[0] && w[1] == '\0' && !g_ascii_isalnum (w[0]) && np + 1 < sizeof x->anchor_punct)
        x->anchor_punct[np] = w[0];
    }
  g_ptr_array_unref (anchors);
  lists[L_ANCHOR] = x->anchor_rules;
  x->noun_rules = g_ptr_array_new_with_free_func ((GDestroyNotify) verb_form_free);
  GPtrArray *nouns = cg_pattern_set_noun_words (patterns);
  for (guint i = 0; i < nouns->len; i++)
    g_ptr_array_add (x->noun_rules, anchor_rule (g_ptr_array_index (nouns, i)));
  g_ptr_array_unref (nouns);
  lists[L_NOUN_ANCHOR] = x->noun_rules;
  lists[L_TRIGGER] = x->trigger_rules;
  lists[L_BOUNDS] = x->bounds_rules;
  G_STATIC_ASSERT (N_LEX <= CG_LEXICON_MAX_LISTS);
  x->lex = cg_lexicon_new_lists (lists, N_LEX);
  x->entries = g_new0 (Entry, cg_lexicon_size (x->lex) + 1);
  for (guint id = 0; id < cg_lexicon_size (x->lex); id++)
    {
      guint l;
      const CgRule *r = cg_lexicon_phrase (x->lex, id, &l);
      entry_init (x, l, r, &x->entries[id]);
      x->gap_max = MAX (x->gap_max, x->entries[id].gap);
      const CgLexWord *w2 = x->entries[id].gap ? cg_lexicon_word (x->lex, r->words[1], -1) : NULL;
      if (w2 && w2->id)
        x->gap_second[(w2->id >> 6) & 3] |= G_GUINT64_CONSTANT (1) << (w2->id & 63);
    }
  word_tf_init (x);
  for (const char *p = x->anchor_punct; *p; p++)
    x->anchor_byte[(guchar) *p] = TRUE;
  x->scare_max_words = (guint) cg_rules_number (rules, "extract", "scare_max_words", 4);
  x->quoted_title_max_words = (guint) cg_rules_number (rules, "extract", "quoted_title_max_words", 0);
  x->stance_window = (guint) cg_rules_number (rules, "extract", "stance_window", 4);
  x->stance_back_window = (guint) cg_rules_number (rules, "extract", "stance_back_window", 0);
  x->charge_window = (guint) cg_rules_number (rules, "extract", "charge_window", 0);
  x->source_max_words = (guint) cg_rules_number (rules, "extract", "source_max_words", 12);
  x->age_max = (guint) cg_rules_number (rules, "extract", "age_max", 0);
  x->continuation_sentences = (guint) cg_rules_number (rules, "extract", "continuation_sentences", 3);
  x->author_min_words = (guint) cg_rules_number (rules, "extract", "author_min_words", 6);
  x->bare_quote_min_words = (guint) cg_rules_number (rules, "extract", "bare_quote_min_words", 8);
  x->passive_raising = cg_rules_string (rules, "extract", "passive_raising");
  x->passive_contracted = cg_rules_string (rules, "extract", "passive_contracted");
  x->nested_stops = cg_rules_word_set (rules, "extract", "nested-stops");
  x->split_words = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *not_poss = cg_rules_entries (rules, "extract", "not-possessives");
  for (guint i = 0; i < not_poss->len; i++)
    {
      const CgRule *np = g_ptr_array_index (not_poss, i);
      if (np->n_words == 1 && cg_rule_attr (np, "split"))
        g_hash_table_add (x->split_words, np->words[0]);
    }
  x->verb_particles = cg_rules_word_set (rules, "extract", "verb-particles");
  /* (a table of its own: the lexicon's 64 lists are all taken) */
  x->time_words = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *times = cg_rules_entries (rules, "extract", "time-words");
  for (guint i = 0; i < times->len; i++)
    {
      const CgRule *tw = g_ptr_array_index (times, i);
      if (tw->n_words == 1)
        g_hash_table_insert (x->time_words, tw->words[0], (gpointer) tw);
    }
  x->name_particles = cg_rules_word_set (rules, "names", "particles");
  /* the segmenter keeps these whole; so must the tokens ("Rewire.News") */
  x->dotted = cg_tokenizer_dotted_names (rules);
  x->appositive_openers = cg_rules_word_set (rules, "extract", "appositive-openers");
  x->bounds_gate = cg_rules_word_set (rules, "extract", "bounds-gate");
  x->tail_openers = cg_rules_entries (rules, "extract", "tail-openers");
  x->setting_preps = cg_rules_word_set (rules, "extract", "setting-prepositions");
  x->hearer_settings = cg_rules_word_set (rules, "extract", "hearer-settings");
  x->hearer_setting_max_words = (guint) cg_rules_number (rules, "extract", "hearer_setting_max_words", 0);
  x->setting_nouns = cg_rules_word_set (rules, "extract", "setting-nouns");
  x->day_modifiers = cg_rules_word_set (rules, "extract", "day-modifiers");
  x->setting_max_words = (guint) cg_rules_number (rules, "extract", "setting_max_words", 0);
  x->relative_verb_suffix = cg_rules_string (rules, "extract", "relative_verb_suffix");
  x->object_joiners = cg_rules_entries (rules, "extract", "object-clause-joiners");
  x->object_clause_max_words = (guint) cg_rules_number (rules, "extract", "object_clause_max_words", 0);
  x->setting_phrase_max_words = (guint) cg_rules_number (rules, "extract", "setting_phrase_max_words", 0);
  x->object_max_words = MAX (MAX (x->setting_max_words, x->setting_phrase_max_words), x->object_clause_max_words);
  x->title_preps = g_ptr_array_new ();
  GPtrArray *sp = cg_rules_entries (rules, "extract", "source-prepositions");
  for (guint i = 0; i < sp->len; i++)
    {
      const CgRule *e = g_ptr_array_index (sp, i);
      if (e->n_words == 1 && g_strcmp0 (cg_rule_attr (e, "title"), "yes") == 0)
        g_ptr_array_add (x->title_preps, e->words[0]);
    }
  x->nested_relatives = cg_rules_word_set (rules, "extract", "nested-relatives");
  x->content_connectives = cg_rules_phrase_set (rules, "extract", "content-connectives");
  x->source_time_tail = cg_rules_phrase_set (rules, "extract", "source-time-tail");
  {
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init (&it, x->source_time_tail);
    while (g_hash_table_iter_next (&it, &key, NULL))
      {
        const char *ph = key, *sp = strrchr (ph, ' ');
        guchar f = (guchar) g_ascii_tolower (ph[0]), l = (guchar) g_ascii_tolower (sp ? sp[1] : ph[0]);
        x->time_first[f >> 6] |= G_GUINT64_CONSTANT (1) << (f & 63);
        x->time_last[l >> 6] |= G_GUINT64_CONSTANT (1) << (l & 63);
      }
  }
  x->cue_chains = cg_rules_phrase_set (rules, "cue-verbs", "chains");
  x->cue_chain_adjectives = cg_rules_phrase_set (rules, "cue-verbs", "chain-adjectives");
  x->cue_chain_ends = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTable *chain_sets[] = { x->cue_chains, x->cue_chain_adjectives };
  for (guint i = 0; i < G_N_ELEMENTS (chain_sets); i++)
    {
      GHashTableIter it;
      gpointer key;
      g_hash_table_iter_init (&it, chain_sets[i]);
      while (g_hash_table_iter_next (&it, &key, NULL))
        {
          const char *last = strrchr (key, ' ');
          g_hash_table_add (x->cue_chain_ends, g_strdup (last ? last + 1 : key));
        }
    }
  x->cue_controllers = cg_rules_phrase_set (rules, "extract", "cue-controllers");
  x->nested_max_tokens = (guint) cg_rules_number (rules, "extract", "nested_max_tokens", 120);
  x->tagger_min_margin = cg_rules_number (rules, "extract", "tagger_min_margin", 0);
  x->tagger_source_max_words = (guint) cg_rules_number (rules, "extract", "tagger_source_max_words", 0);
  x->tagger_replace_margin = cg_rules_number (rules, "extract", "tagger_replace_margin", G_MAXDOUBLE);
  x->tagger_add_margin = cg_rules_number (rules, "extract", "tagger_add_margin", -G_MAXDOUBLE);
  x->tagger_source_margin = cg_rules_number (rules, "extract", "tagger_source_margin", G_MAXDOUBLE);
  x->bounds_margin = cg_rules_number (rules, "extract", "bounds_margin", 0);
  x->bounds_keep_numbers = cg_rules_number (rules, "extract", "bounds_keep_numbers", 1) != 0;
  x->label_max_words = (guint) cg_rules_number (rules, "extract", "label_max_words", 0);
  x->label_content_max_words = (guint) cg_rules_number (rules, "extract", "label_content_max_words", 0);
  x->has_quote = g_new0 (gboolean, cg_pattern_set_size (patterns) + 1);
  x->anchor = g_new0 (CgPatAnchor, cg_pattern_set_size (patterns) + 1);
  x->qsides = g_new0 (guint, cg_pattern_set_size (patterns) + 1);
  x->csides = g_new0 (guint, cg_pattern_set_size (patterns) + 1);
  x->pattrs = g_new0 (PatternAttrs, cg_pattern_set_size (patterns) + 1);
  x->rule_continuation = g_intern_static_string ("continuation");
  x->rule_bare_quote = g_intern_static_string ("bare-quote");
  x->rule_author = g_intern_static_string ("author-claim");
  x->rule_tagger = g_intern_static_string ("tagger");
  for (guint i = 0; i < cg_pattern_set_size (patterns); i++)
    {
      const CgRule *pr = cg_pattern_rule (patterns, i);
      /* the name interned: assertions point at it and may outlive the rules */
      x->pattrs[i] = (PatternAttrs) { g_intern_string (cg_rule_attr (pr, "name")), cg_rule_attr (pr, "kind"),
                                      cg_rule_attr (pr, "speaker"), cg_rule_attr (pr, "fronted"),
                                      cg_rule_attr (pr, "subject"),
                                      g_strcmp0 (cg_rule_attr (pr, "cue"), "after-source") == 0,
                                      g_strcmp0 (cg_rule_attr (pr, "opener"), "no") == 0,
                                      g_strcmp0 (cg_rule_attr (pr, "opener"), "inside") == 0 };
      x->has_quote[i] = cg_pattern_has_quote (patterns, i);
      x->anchor[i] = cg_pattern_anchor (patterns, i);
      x->qsides[i] = cg_pattern_quote_sides (patterns, i);
      x->csides[i] = cg_pattern_content_sides (patterns, i);
    }
  for (guint pass = 0; pass < 4; pass++)
    for (guint mask = 0; mask < 16; mask++)
      {
        x->plist[pass][mask] = g_new (guint, cg_pattern_set_size (patterns) + 1);
        for (guint i = 0; i < cg_pattern_set_size (patterns); i++)
          {
            CgPatAnchor k = x->anchor[i];
            const char *nested = cg_rule_attr (cg_pattern_rule (patterns, i), "nested");
            gboolean in = nested && strcmp (nested, "yes") == 0;
            if (pass == 3 ? (in && k == CG_PAT_ANCHOR_CUE && (mask & 1) && !x->has_quote[i])
                : in ? FALSE
                : pass == 2 ? (k == CG_PAT_ANCHOR_NOUN && !x->has_quote[i])
                          : (x->has_quote[i] == (pass == 0)
                             && ((k == CG_PAT_ANCHOR_WORD && (mask & 8)) || (k == CG_PAT_ANCHOR_CUE && (mask & 1))
                                 || (k == CG_PAT_ANCHOR_PREP && (mask & 2))
                                 || (k == CG_PAT_ANCHOR_QUOTE && (mask & 4)))))
              x->plist[pass][mask][x->plen[pass][mask]++] = i;
          }
      }
  /* the cue classes, then the lists of each slot */
  x->n_classes = 1;
  for (guint id = 0; id < cg_lexicon_size (x->lex) && x->n_classes < CUE_CLASSES; id++)
    {
      guint l;
      cg_lexicon_phrase (x->lex, id, &l);
      if (l != L_VERB)
        continue;
      guint cm = x->entries[id].cue_mask, h = cue_slot (cm);
      while (x->cue_key[h] && x->cue_key[h] != cm + 1)
        h = (h + 1) % CUE_SLOTS;
      if (x->cue_key[h] == 0)
        {
          x->cue_key[h] = cm + 1;
          x->cue_class[h] = (guint8) x->n_classes++;
        }
    }
  guint *class_mask = g_new0 (guint, x->n_classes);
  for (guint h = 0; h < CUE_SLOTS; h++)
    if (x->cue_key[h])
      class_mask[x->cue_class[h]] = x->cue_key[h] - 1;
  guint n_slots = 80 * x->n_classes, total = 0;
  x->toff = g_new (guint, n_slots + 1);
  GArray *pool = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint pass = 0; pass < 2; pass++)
    for (guint blocked = 0; blocked < (pass ? 1u : 4u); blocked++)
      for (guint mask = 0; mask < 16; mask++)
        for (guint cls = 0; cls < x->n_classes; cls++)
          {
            x->toff[tlist_slot (x, pass, blocked, mask, cls)] = total;
            for (guint k = 0; k < x->plen[pass][mask]; k++)
              {
                guint i = x->plist[pass][mask][k];
                if ((x->qsides[i] & blocked)
                    || (cls > 0 && (mask & 1) && !cg_pattern_anchor_cue_ok (patterns, i, class_mask[cls])))
                  continue;
                g_array_append_val (pool, i);
                total++;
              }
          }
  x->toff[n_slots] = total;
  x->tlist = (guint *) (void *) g_array_free (pool, FALSE);
  g_free (class_mask);
  return x;
}

void
cg_extractor_free (CgExtractor *x)
{
  if (x == NULL)
    return;
  cg_lexicon_free (x->lex);
  g_free (x->entries);
  g_free (x->word_tf);
  g_ptr_array_unref (x->scratch);
  g_mutex_clear (&x->scratch_lock);
  g_ptr_array_unref (x->verb_forms);
  g_ptr_array_unref (x->gap_forms);
  g_ptr_array_unref (x->anchor_rules);
  g_ptr_array_unref (x->noun_rules);
  g_ptr_array_unref (x->trigger_rules);
  g_ptr_array_unref (x->bounds_rules);
  cg_tagger_free (x->tagger);
  cg_bounds_free (x->bounds);
  cg_pattern_set_free (x->patterns);
  g_hash_table_unref (x->nested_stops);
  g_hash_table_unref (x->split_words);
  g_hash_table_unref (x->verb_particles);
  g_hash_table_unref (x->time_words);
  g_hash_table_unref (x->name_particles);
  g_hash_table_unref (x->dotted);
  g_hash_table_unref (x->appositive_openers);
  g_hash_table_unref (x->bounds_gate);
  g_hash_table_unref (x->setting_preps);
  g_hash_table_unref (x->hearer_settings);
  g_ptr_array_unref (x->title_preps);
  g_hash_table_unref (x->setting_nouns);
  g_hash_table_unref (x->day_modifiers);
  g_hash_table_unref (x->nested_relatives);
  g_hash_table_unref (x->content_connectives);
  g_hash_table_unref (x->source_time_tail);
  g_hash_table_unref (x->cue_controllers);
  g_hash_table_unref (x->cue_chains);
  g_hash_table_unref (x->cue_chain_adjectives);
  g_hash_table_unref (x->cue_chain_ends);
  g_free (x->has_quote);
  g_free (x->anchor);
  g_free (x->qsides);
  g_free (x->csides);
  g_free (x->pattrs);
  for (guint pass = 0; pass < 4; pass++)
    for (guint mask = 0; mask < 16; mask++)
      g_free (x->plist[pass][mask]);
  g_free (x->tlist);
  g_free (x->toff);
  g_free (x);
}

/* ---- one run --------------------------------------------------------------- */

typedef struct {
  const CgExtractor *x;
  const CgArticle   *article;
  const CgSegments  *segments;
  const char        *text;
  GArray            *toks;       /* CgPatToken */
  guint              toks_cap;   /* the tokens the per-token arrays have room for */
  guint32          *ids;        /* per token: its word's id in x->lex, 0 for none; its multi
                                    bits are lexbits[id] (read on demand: see tok_bits ()) */
  const CgLexWord   *lexbits;    /* the lexicon's bits per word id, all zero at id 0 */
  const CgLexWord   *lexcold;    /* the same of the cold tier (lists CG_LEXICON_HOT_LISTS..) */
  guint64           *single;     /* per token: its word's single bits where they count
                                    (TF_LISTS), else 0: the bits most passes ask about */
  guint             *memo;       /* per token END: source_back's start + 1, mention end (2 per token),
                                    NONE when there is no mention; valid where memo_set has bit END */
  guint64           *memo_set;   /* a bit per token: memo computed (a cleared array 32 times smaller) */
  char              *folded;     /* the folded words, NUL-separated */
  gsize              folded_cap; /* the bytes of folded */
  gsize              folded_len; /* the bytes of folded in use */
  GPtrArray         *folded_more; /* earlier buffers of folded words when one did not do, or NULL */
  guint              ap_pairs;   /* adjacent apostrophe tokens ('' marks) */
  guint             *cue_cand;   /* the words on a list mark_cues looks at, in order */
  guint16           *tf;         /* per token: TF_ bits, a compact copy of what the scans over
                                    all tokens read (the tokens themselves are 64 bytes) */
  guint              n_cue_cand;
  guint             *noun_cand;  /* mark_cues: the tokens a NOUN anchor may start at, in order, or NULL */
  guint              n_noun_cand;
  guint             *trig;       /* the tokens whose word is a trigger of the tagger, in order */
  guint              n_trig;
  GArray            *lq;         /* CgQuote: the segmenter's quotes plus '' quotes, by start */
  GArray            *qs;         /* CgPatQuote, parallel to lq */
  GArray            *unit_start; /* guint per unit (sentence or gap): first token */
  GArray            *unit_end;
  GArray            *unit_sentence; /* gint per unit: the segment sentence, or -1 */
  CgPatInput         in;
  GPtrArray         *out;
  const CgRule      *base_rule;  /* rule_base (): the last rule asked and its base= */
  const char        *base_value;
  guint              rel_mention; /* run_source_relatives(): the relative pronoun + 1 that
                                     source_back() takes as a mention alone, or 0 */
} Run;

#define TOK(r, i) (&g_array_index ((r)->toks, CgPatToken, (i)))

/* cg_rule_attr (V, "base") of a cue rule V: asked up to ten times of one
 * match's cue, so the last answer is kept (the rules never change). */
static inline const char *
rule_base (Run *r, const CgRule *v)
{
  if (v != r->base_rule)
    {
      r->base_rule = v;
      r->base_value = cg_rule_attr (v, "base");
    }
  return r->base_value;
}

/* The per-token arrays of a run, kept by the extractor for the next one:
 * they take some forty bytes per byte of text, each written once per
 * article, and fresh memory for every article missed the caches on every
 * line (cachegrind: the token records were the largest source of
 * last-level write misses of cg-bench stages).  CAP is the tokens they
 * have room for, one more (the end marks) included. */
typedef struct {
  GArray   *toks;
  guint32  *ids;
  guint64  *single;
  guint    *cue_cand;
  guint    *trig;
  guint16  *tf;
  guint     cap;
  char     *folded;      /* the buffer of folded words, FOLDED_CAP bytes, or NULL */
  gsize     folded_cap;
} Scratch;

/* Arrays larger than this many tokens (a few MB) are not kept: one long
 * article must not hold its memory for the rest of a run. */
#define SCRATCH_KEEP_TOKENS (1u << 16)
/* nor more sets than threads are likely to run at once */
#define SCRATCH_KEEP_SETS 16

static void
scratch_free (gpointer data)
{
  Scratch *s = data;
  g_array_unref (s->toks);
  g_free (s->ids);
  g_free (s->single);
  g_free (s->cue_cand);
  g_free (s->trig);
  g_free (s->tf);
  g_free (s->folded);
  g_free (s);
}

/* Set R's per-token arrays to room for CAP tokens, from a kept set when the
 * extractor has one.  The arrays' contents are not cleared: tokenize()
 * writes every element it keeps. */
static void
scratch_take (Run *r, guint cap)
{
  CgExtractor *x = (CgExtractor *) r->x;
  Scratch *s = NULL;
  g_mutex_lock (&x->scratch_lock);
  if (x->scratch->len > 0)
    s = g_ptr_array_steal_index_fast (x->scratch, x->scratch->len - 1);
  g_mutex_unlock (&x->scratch_lock);
  if (s && s->cap < cap)
    {
      /* too small: new arrays rather than g_renew (), which would copy
       * what nobody reads again */
      scratch_free (s);
      s = NULL;
    }
  if (s == NULL)
    {
      s = g_new (Scratch, 1);
      s->cap = cap;
      s->toks = g_array_sized_new (FALSE, FALSE, sizeof (CgPatToken), cap);
      s->ids = g_new (guint32, cap);
      s->single = g_new (guint64, cap);
      s->cue_cand = g_new (guint, cap);
      s->tf = g_new (guint16, cap);
      s->trig = x->tagger ? g_new (guint, cap) : NULL;
      s->folded = NULL;
      s->folded_cap = 0;
    }
  g_array_set_size (s->toks, cap);
  r->toks = s->toks;
  r->toks_cap = s->cap;
  r->ids = s->ids;
  r->single = s->single;
  r->cue_cand = s->cue_cand;
  r->trig = x->tagger ? s->trig : NULL;
  r->tf = s->tf;
  r->folded = s->folded;
  r->folded_cap = s->folded_cap;
  g_free (s);
}

/* Give R's per-token arrays back to the extractor, or free them when they
 * are too large to keep or enough sets are kept. */
static void
scratch_give (Run *r)
{
  if (r->toks == NULL)
    return;
  CgExtractor *x = (CgExtractor *) r->x;
  Scratch *s = g_new (Scratch, 1);
  *s = (Scratch) { r->toks, r->ids, r->single, r->cue_cand, r->trig, r->tf, r->toks_cap,
                   r->folded, r->folded_cap };
  r->toks = NULL;
  r->folded = NULL;
  if (s->cap <= SCRATCH_KEEP_TOKENS)
    {
      g_mutex_lock (&x->scratch_lock);
      if (x->scratch->len < SCRATCH_KEEP_SETS)
        {
          g_ptr_array_add (x->scratch, s);
          s = NULL;
        }
      g_mutex_unlock (&x->scratch_lock);
    }
  if (s)
    scratch_free (s);
}

enum {
  TF_CUE = 1 << 0,       /* these three are the anchor mask of run_patterns () */
  TF_PREP = 1 << 1,
  TF_QOPEN = 1 << 2,     /* opens a paired quotation */
  TF_TAKEN = 1 << 3,
  TF_INSIDE = 1 << 4,    /* inside >= 0 */
  TF_BAD = 1 << 5,       /* no author claim holds it: a quotation mark, "?" */
  TF_WORD = 1 << 6,
  TF_NUMBER = 1 << 7,
  TF_CAP = 1 << 8,
  TF_MARK = 1 << 9,      /* a paired quotation mark (quote_open or quote_close >= 0) */
  TF_DOT = 1 << 10,      /* "." */
  TF_ANCHOR = 1 << 11,   /* tok_is (L_ANCHOR): a pattern is anchored on its word */
  TF_NOMINAL = 1 << 12,  /* taken by the attribution of a cue noun (step 3 of run_patterns) */
  TF_MODAL = 1 << 13,    /* a word on [hedges], [breaks] or [negations] (alone or first of a phrase) */
  TF_AUTHOR = 1 << 14,   /* a word on [not-claim] or [check-worthy] (alone or first of a phrase) */
  TF_LISTS = 1 << 15     /* its word's lists count for tok_is () and match_entry (): a word, or
                            punctuation a pattern may be anchored on (anchor_byte) */
};
/* run_author () finds TF_TAKEN without TF_NOMINAL by a shift of nine */
G_STATIC_ASSERT (TF_NOMINAL == TF_TAKEN << 9);
/* and counts the words of four tokens by a shift of six */
G_STATIC_ASSERT (TF_WORD == 1 << 6);
/* scan_modality () finds a token that is neither a word nor a mark nor a
 * "." by shifts of three and four */
G_STATIC_ASSERT (TF_MARK == TF_WORD << 3 && TF_DOT == TF_WORD << 4);

/* The TF_ bits of tokens I to I + 3, one per 16-bit lane: the scans that
 * look for a bit or two over many tokens test four at a time. */
static inline guint64
tf_four (const guint16 *tf, guint i)
{
  guint64 x;
  memcpy (&x, tf + i, 8);
  return x;
}

#define TF_LANES(bits) ((guint64) (bits) * G_GUINT64_CONSTANT (0x0001000100010001))

/* The TF_ bits any token of [S, E) has. */
static inline guint
tf_any (const guint16 *tf, guint s, guint e)
{
  guint64 acc = 0;
  guint i = s;
  for (; i + 4 <= e; i += 4)
    acc |= tf_four (tf, i);
  guint any = (guint) ((acc | (acc >> 16) | (acc >> 32) | (acc >> 48)) & 0xFFFF);
  for (; i < e; i++)
    any |= tf[i];
  return any;
}

/* Whether WORD is a one-word entry of list L. */
static gboolean
word_is (const CgExtractor *x, const char *word, guint l)
{
  const CgLexWord *w = cg_lexicon_word (x->lex, word, -1);
  if (l < CG_LEXICON_HOT_LISTS)
    return w && ((w->single >> l) & 1);
  return cg_lexicon_word_in (x->lex, w, l, TRUE);
}

/* The lexicon's bits of token I's word (all zero when it has none).  The
 * token pass writes the word's id and its single bits (r->single, which
 * most passes ask about); the multi bits, and the single bits of
 * punctuation no pattern is anchored on, are read here for the few tokens
 * a pass asks about, not copied for every token (a copy of all three
 * took 24 bytes a token). */
static inline const CgLexWord *
tok_bits (const Run *r, guint i)
{
  return &r->lexbits[r->ids[i]];
}

/* The bits of token I's word in list L's tier, where L's bit is
 * TIER_BIT (L): tok_bits () for a list of the hot tier, the cold tier's
 * for the others (L is a constant nearly everywhere: the test folds away). */
static inline const CgLexWord *
tok_tier (const Run *r, guint i, guint l)
{
  return l < CG_LEXICON_HOT_LISTS ? tok_bits (r, i) : &r->lexcold[r->ids[i]];
}

#define TIER_BIT(l) ((l) % CG_LEXICON_HOT_LISTS)

/* The single bits of token I's word where they count (TF_LISTS), else 0:
 * the hot tier's. */
static inline guint64
tok_single (const Run *r, guint i)
{
  return r->single[i];
}

/* word_is for the word of token T (no lookup: cached), punctuation too. */
static inline gboolean
tword_is (const Run *r, const CgPatToken *t, guint l)
{
  return (tok_tier (r, (guint) (t - (const CgPatToken *) (const void *) r->toks->data), l)->single >> TIER_BIT (l)) & 1;
}

/* Whether WORD, not a title itself, is a title in the plural. */
static gboolean
title_plural (const CgExtractor *x, const char *word)
{
  gsize n = strlen (word);
  if (n < 4 || n > 40 || word[n - 1] != 's')
    return FALSE;
  char buf[48];
  memcpy (buf, word, n - 1);
  buf[n - 1] = '\0';
  return word_is (x, buf, L_TITLE);
}

/* Whether the word of token T is a title, also in the plural ("advisers",
 * "spokesmen" aside); the word itself without a lookup (cached). */
static gboolean
tok_title (const Run *r, const CgPatToken *t)
{
  return tword_is (r, t, L_TITLE) || title_plural (r->x, t->word);
}

/* Whether token I is a one-word entry of list L (no lookup: cached). */
static inline gboolean
tok_is (const Run *r, guint i, guint l)
{
  if (l < CG_LEXICON_HOT_LISTS)
    return (tok_single (r, i) >> l) & 1;
  return (r->tf[i] & TF_LISTS) && ((tok_tier (r, i, l)->single >> TIER_BIT (l)) & 1);
}

/* The one-word entry of list L that token I is (tok_is), or NULL. */
static const Entry *
tok_entry (const Run *r, guint i, guint l)
{
  CgLexMatch m;
  if (!tok_is (r, i, l) || !cg_lexicon_match_ids (r->x->lex, l, r->ids, i + 1, i, &m))
    return NULL;
  return &r->x->entries[m.id];
}

/* Whether token I is a mass noun of extract.rules [plurals] (mass=yes:
 * "polling", "research"): it heads a mention with no determiner ("Exit
 * polling showed that ...") but is no plural subject of a base form ("that
 * polling doubt") nor the head of a run of lowercase words ("found little
 * evidence that"). */
static gboolean
tok_mass (const Run *r, guint i)
{
  if (!tok_is (r, i, L_PLURAL))
    return FALSE;
  const Entry *e = tok_entry (r, i, L_PLURAL);
  return e && g_strcmp0 (cg_rule_attr (e->rule, "mass"), "yes") == 0;
}

/* The longest entry of list L starting at token I and ending by END, its
 * length in *LEN. */
static inline const Entry *
match_entry (const Run *r, guint i, guint end, guint l, guint *len)
{
  if (i >= end || !(r->tf[i] & TF_LISTS))
    return NULL;
  guint bit = TIER_BIT (l);
  const CgLexWord *b = tok_tier (r, i, l);
  if (!(((b->single | b->multi) >> bit) & 1))
    return NULL;
  CgLexMatch m;
  if (!cg_lexicon_match_ids (r->x->lex, l, r->ids, (b->multi >> bit) & 1 ? end : i + 1, i, &m))
    return NULL;
  *len = m.len;
  return &r->x->entries[m.id];
}

/* Does an entry of list L, one word or a phrase ("even though"), start at
 * token I and end by END? */
static inline gboolean
opens_with (const Run *r, guint i, guint end, guint l)
{
  guint len;
  return match_entry (r, i, end, l, &len) != NULL;
}

static const CgRule *
match_at (const Run *r, guint i, guint end, guint l, guint *len)
{
  const Entry *e = match_entry (r, i, end, l, len);
  return e ? e->rule : NULL;
}

/* The folded words of one run: NUL-terminated, one after another.  A
 * full buffer is kept (in FULL) and a new one begun, never moved, so a
 * token points at its word as soon as it is written. */
typedef struct {
  char *buf;
  gsize len, cap;
  GPtrArray *full;
} Arena;

static void __attribute__ ((noinline))
arena_grow (Arena *a, gsize n)
{
  if (a->buf)
    {
      if (a->full == NULL)
        a->full = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (a->full, a->buf);
    }
  a->cap = MAX (a->cap * 2, n);
  a->buf = g_malloc (a->cap);
  a->len = 0;
}

static inline char *
arena_room (Arena *a, gsize n)
{
  if (G_UNLIKELY (a->len + n > a->cap))
    {
      /* through a copy: an arena whose address never leaves the token
       * loop stays in registers there */
      Arena t = *a;
      arena_grow (&t, n);
      *a = t;
    }
  return a->buf + a->len;
}

/* Whether the three bytes at S are U+2018 or U+2019 (curly single marks). */
static inline gboolean
curly_single (const char *s)
{
  return (guchar) s[0] == 0xE2 && (guchar) s[1] == 0x80 && ((guchar) s[2] == 0x98 || (guchar) s[2] == 0x99);
}

/* Append the casefolded form of a token TEXT (N bytes) to A, with its NUL,
 * and return it (it belongs to A), its length in *LEN; *HASH gets its cg_lexicon_hash() and *CHUNK its
 * first eight bytes (for cg_lexicon_word_chunk()).  A typographic
 * apostrophe becomes "'" so the rule files can write "didn't" once.  ASCII
 * (with curly apostrophes) is lowered byte by byte, as is punctuation of
 * the General Punctuation block, which has no case; the rest goes through
 * g_utf8_casefold. */
static const char *
fold_token (Arena *a, const char *s, gsize n, gsize avail, gsize *len, guint32 *hash, guint64 *chunk)
{
  /* room for whole eight-byte chunks, NUL included */
  char *out = arena_room (a, (n + 8) & ~(gsize) 7);
  if (n <= 8 && avail >= 8)
    {
      /* a short word: one load, lowered and hashed as one chunk */
      guint64 x = cg_load_le64 (s);
      if (n < 8)
        x &= (G_GUINT64_CONSTANT (1) << (8 * n)) - 1;
      if (!(x & G_GUINT64_CONSTANT (0x8080808080808080)))
        {
          x = lower_ascii8 (x);
          guint64 le = GUINT64_TO_LE (x);
          memcpy (out, &le, 8);
          out[n] = '\0';
          a->len += n + 1;
          *hash = cg_lexicon_hash_end (cg_lexicon_hash_step (CG_LEXICON_HASH_SEED, x));
          *chunk = x;
          *len = n;
          return out;
        }
    }
  else if (avail >= ((n + 7) & ~(gsize) 7))
    {
      /* a longer ASCII word: eight bytes at a time, hashed as
       * cg_lexicon_hash() does (the last chunk zero-padded) */
      guint64 h = CG_LEXICON_HASH_SEED, first = 0;
      gsize k = 0;
      for (; k < n; k += 8)
        {
          guint64 x = cg_load_le64 (s + k);
          if (n - k < 8)
            x &= (G_GUINT64_CONSTANT (1) << (8 * (n - k))) - 1;
          if (x & G_GUINT64_CONSTANT (0x8080808080808080))
            break;
          x = lower_ascii8 (x);
          guint64 le = GUINT64_TO_LE (x);
          memcpy (out + k, &le, 8);
          h = cg_lexicon_hash_step (h, x);
          if (k == 0)
            first = x;
        }
      if (k >= n)
        {
          out[n] = '\0';
          a->len += n + 1;
          *hash = cg_lexicon_hash_end (h);
          *chunk = first;
          *len = n;
          return out;
        }
    }
  gsize o = 0, i = 0;
  while (i < n)
    {
      guchar c = (guchar) s[i];
      if (c < 0x80)
        {
          c += (guchar) (((guchar) (c - 'A') < 26) << 5);  /* A-Z to a-z */
          i++;
        }
      else if (i + 3 <= n && curly_single (s + i))
        {
          c = '\'';
          i += 3;
        }
      else if (n == 3 && i == 0 && c == 0xE2 && ((guchar) s[1] == 0x80 || (guchar) s[1] == 0x81))
        {
          /* U+2000..U+207F would reach ⁱ (U+2071) and ⁿ (U+207F): stay below U+2070 */
          if ((guchar) s[1] == 0x81 && (guchar) s[2] >= 0xB0)
            break;
          memcpy (out, s, 3);
          o = i = 3;
          continue;
        }
      else
        break;
      out[o++] = (char) c;
    }
  if (i < n)
    {
      char *f = g_utf8_casefold (s, (gssize) n);
      gsize fn = strlen (f);
      out = arena_room (a, fn + 1);
      o = 0;
      for (gsize k = 0; k < fn;)
        {
          char c;
          if (k + 3 <= fn && curly_single (f + k))
            {
              c = '\'';
              k += 3;
            }
          else
            c = f[k++];
          out[o++] = c;
        }
      g_free (f);
    }
  out[o] = '\0';
  a->len += o + 1;
  *hash = cg_lexicon_hash (out, o);
  *chunk = 0;
  for (gsize k = 0; k < o && k < 8; k++)
    *chunk |= (guint64) (guchar) out[k] << (8 * k);
  *len = o;
  return out;
}

/* g_str_has_suffix for the hot paths: inlined, the suffix's length known. */
static inline gboolean
ends_with (const char *w, const char *suffix)
{
  gsize n = strlen (w), k = strlen (suffix);
  return n >= k && memcmp (w + n - k, suffix, k) == 0;
}

/* Whether the word W is the one-byte punctuation C. */
static inline gboolean
is_char (const char *w, char c)
{
  return w[0] == c && w[1] == '\0';
}

static gboolean
ends_possessive (const char *w)
{
  /* ("'s" alone is the auxiliary of a split contraction: "He 's predicting") */
  return w[0] != '\'' && (ends_with (w, "'s") || ends_with (w, "s'"));
}

static gboolean
is_word (const CgPatToken *t)
{
  return (t->flags & CG_TOKEN_WORD) != 0;
}

static gboolean
is_cap (const CgPatToken *t)
{
  return (t->flags & CG_TOKEN_CAPITALIZED) != 0;
}

static gboolean
same_unit (Run *r, guint a, guint b)
{
  return TOK (r, a)->sentence == TOK (r, b)->sentence;
}

/* Only the words on one of the lists mark_cues () reads can get a cue, a
 * preposition or no_content: tokenize () collects them. */
#define CUE_LISTS ((G_GUINT64_CONSTANT (1) << L_NOT_CONTENT) | (G_GUINT64_CONSTANT (1) << L_PREP) \
                   | (G_GUINT64_CONSTANT (1) << L_VERB) | (G_GUINT64_CONSTANT (1) << L_NOUN_ANCHOR) \
                   | (G_GUINT64_CONSTANT (1) << L_GAP))
/* The lists scan_modality () reads: tokenize () marks their words TF_MODAL. */
#define MODAL_LISTS ((G_GUINT64_CONSTANT (1) << L_HEDGE) | (G_GUINT64_CONSTANT (1) << L_BREAK) \
                     | (G_GUINT64_CONSTANT (1) << L_NEGATION))

/* The lists run_author () reads: tokenize () marks their words TF_AUTHOR. */
#define AUTHOR_LISTS ((G_GUINT64_CONSTANT (1) << L_NOT_CLAIM) | (G_GUINT64_CONSTANT (1) << L_WORTHY))

/* The TF_ bits of a word for the lists its lexicon id is on: TF_MODAL,
 * TF_AUTHOR, TF_ANCHOR; one look-up per word in tokenize () instead of a
 * test per list. */
static void
word_tf_init (CgExtractor *x)
{
  CgLexTable t;
  cg_lexicon_table (x->lex, &t);
  guint32 n = 0;
  for (guint32 k = 0; k <= t.mask; k++)
    if (t.tags[k])
      n = MAX (n, t.slots[k].id);
  x->word_tf = g_new0 (guint16, n + 1);
  for (guint32 id = 0; id <= n; id++)
    {
      guint64 single = t.bits[id].single, multi = t.bits[id].multi;
      x->word_tf[id] = (guint16) (((single | multi) & MODAL_LISTS ? TF_MODAL : 0)
                                  | ((single | multi) & AUTHOR_LISTS ? TF_AUTHOR : 0)
                                  | ((single >> L_ANCHOR) & 1 ? TF_ANCHOR : 0));
    }
}

/* CgPatToken keeps the token flags in a byte. */
G_STATIC_ASSERT (CG_TOKEN_QUOTE < 256);
/* its offsets are 32-bit (cg-pattern.h): the longest article fits */
G_STATIC_ASSERT (CG_MAX_ARTICLE_BYTES <= G_MAXINT32);
/* and it fills a cache line */
G_STATIC_ASSERT (sizeof (CgPatToken) == 64);
/* tokenize () maps the flags through a table of 32 */
G_STATIC_ASSERT (CG_TOKEN_QUOTE < 32);

/* "He's predicting", "they're saying": a pronoun's contraction W of
 * extract.rules [not-possessives] with split=yes, the token of text
 * [START, END), is read as two words, the pronoun (a speaker) and its
 * auxiliary (a [prefix] word of the cue group): PRONOUN gets the first's
 * bounds, AUX the second.  Out of line and after the token's turn:
 * tokenize () keeps its registers for the common words. */
static gboolean __attribute__ ((noinline))
split_contraction (const Run *r, const char *w, gint64 start, gint64 end, CgToken *pronoun, CgToken *aux)
{
  if (!g_hash_table_contains (r->x->split_words, w))
    return FALSE;
  gint64 ap = end - 1;
  while (ap > start && r->text[ap] != '\'' && !(ap >= start + 2 && curly_single (r->text + ap - 2)))
    ap--;
  if (r->text[ap] != '\'')
    ap -= 2;
  if (ap <= start)
    return FALSE;
  *aux = (CgToken) { .start = ap, .end = end, .flags = CG_TOKEN_WORD };
  pronoun->end = ap;
  return TRUE;
}

/* Tokens of the whole text with their sentence ("unit": a sentence of the
 * segmenter, or the gap between two) and paragraph.  One pass folds each
 * word, hashes it on the way and looks it up once. */
static void
tokenize (Run *r)
{
  const CgExtractor *x = r->x;
  const CgArticle *a = r->article;
  CgSpan all = { 0, (gint64) a->len };
  CgTokenizer tz;
  cg_tokenizer_init (&tz, r->text, all);
  tz.dotted = x->dotted;
  /* The tokens are taken from the tokenizer one by one, into arrays sized
   * for about one token per three bytes of prose and grown as needed. */
  guint cap = (guint) MIN (a->len / 3 + 16, 1u << 24), nt = 0;
  scratch_take (r, cap + 1);
  CgPatToken *toks = (CgPatToken *) (void *) r->toks->data;
  guint32 *ids = r->ids;
  guint64 *singles = r->single;
  guint *cue_cand = r->cue_cand;
  guint *trig = r->trig;
  guint16 *tfs = r->tf;
  const guint16 *word_tf = x->word_tf;
  guint n_cue_cand = 0, n_trig = 0;
  /* Room for the longest casefolding (three times the bytes): the arena
   * seldom needs a second buffer.  At least the 2 * len + 16 bytes that the
   * loop's shortcut counts on. */
  Arena arena = { r->folded, 0, r->folded_cap, NULL };  /* a kept buffer, if any */
  arena_room (&arena, 3 * a->len + cap + 16);
  guint ap_pairs = 0;  /* adjacent "'" "'" tokens: local_quotes has work */
  const CgSentence *sents = (const CgSentence *) (void *) r->segments->sentences->data;
  const CgParagraph *paras = (const CgParagraph *) (void *) r->segments->paragraphs->data;
  guint ns = r->segments->sentences->len, np = r->segments->paragraphs->len;
  /* a unit is a sentence or the gap before one (or after the last) */
  g_array_set_size (r->unit_start, 2 * ns + 2);
  g_array_set_size (r->unit_end, 2 * ns + 2);
  g_array_set_size (r->unit_sentence, 2 * ns + 2);
  guint *ustart = (guint *) (void *) r->unit_start->data, *uend = (guint *) (void *) r->unit_end->data;
  gint *usent = (gint *) (void *) r->unit_sentence->data;
  guint si = 0, pi = 0;
  gint64 s_start = ns ? sents[0].span.start : G_MAXINT64, s_end = ns ? sents[0].span.end : G_MAXINT64;
  gint64 p_end = np ? paras[0].span.end : G_MAXINT64;
  gint cur_unit = -1, cur_key = -2;
  /* Below BOUND a token is in the unit and paragraph of the one before it:
   * the first offset where the sentence, the gap or the paragraph ends. */
  gint64 bound = G_MININT64;
  /* the TF_ bits that follow from the token flags alone, per flags value */
  guint16 tf_of_flags[32];
  for (guint f = 0; f < 32; f++)
    tf_of_flags[f] = (guint16) (((f & CG_TOKEN_WORD) ? TF_WORD : 0) | ((f & CG_TOKEN_NUMBER) ? TF_NUMBER : 0)
                                | ((f & CG_TOKEN_CAPITALIZED) ? TF_CAP : 0) | ((f & CG_TOKEN_QUOTE) ? TF_BAD : 0));
  CgLexTable lex_got;
  cg_lexicon_table (x->lex, &lex_got);
  const CgLexTable lex = lex_got;  /* a copy whose address is not taken: kept in registers */
  r->lexbits = lex_got.bits;
  r->lexcold = cg_lexicon_cold_bits (x->lex);
  /* tokens taken on the next turns: the second of a doubled '' or ``, or
   * the two words of a split contraction (split_contraction ()) */
  CgToken tok, pend[2];
  guint n_pend = 0;
  for (guint i = 0;; i++)
    {
      const CgToken *ct = &tok;
      guint64 lower8 = 0;
      if (G_LIKELY (!n_pend))
        {
          CgToken two[2];
          guint got = cg_tokenizer_next (&tz, two);
          if (got == 0)
            break;
          tok = two[0];
          if (G_UNLIKELY (got == 2))
            {
              pend[0] = two[1];
              n_pend = 1;
            }
          lower8 = tz.lower8;
        }
      else
        {
          tok = pend[0];
          pend[0] = pend[1];
          n_pend--;
        }
      if (G_UNLIKELY (i == cap))
        {
          cap *= 2;
          r->toks_cap = cap + 1;
          g_array_set_size (r->toks, cap + 1);
          toks = (CgPatToken *) (void *) r->toks->data;
          ids = r->ids = g_renew (guint32, r->ids, cap + 1);
          singles = r->single = g_renew (guint64, r->single, cap + 1);
          cue_cand = r->cue_cand = g_renew (guint, r->cue_cand, cap + 1);
          if (trig)
            trig = r->trig = g_renew (guint, r->trig, cap + 1);
          tfs = r->tf = g_renew (guint16, r->tf, cap + 1);
        }
      nt = i + 1;
      CgPatToken *t = &toks[i];
      gint64 start = ct->start;
      guint flags = ct->flags;
      guint32 h;
      guint64 chunk;
      gsize n;
      char *w;
      if (lower8)
        {
          /* the tokenizer has lowered it already: what fold_token () would write */
          n = (gsize) (ct->end - start);
          /* No test of the room: the arena keeps at least 16 bytes plus
           * two per byte of text after the last token folded (reserved
           * below the loop, kept after fold_token ()), and a token of N
           * bytes here takes N + 1 <= 2N of it and writes eight. */
          w = arena.buf + arena.len;
          guint64 le = GUINT64_TO_LE (lower8);
          memcpy (w, &le, 8);
          w[n] = '\0';
          arena.len += n + 1;
          h = cg_lexicon_hash_end (cg_lexicon_hash_step (CG_LEXICON_HASH_SEED, lower8));
          chunk = lower8;
        }
      else
        {
          w = (char *) fold_token (&arena, r->text + start, (gsize) (ct->end - start), a->len - (gsize) start, &n,
                                   &h, &chunk);
          arena_room (&arena, 2 * (a->len - (gsize) ct->end) + 16);
        }
      if (G_UNLIKELY (start >= bound))
        {
          while (start >= s_end)
            {
              si++;
              s_start = si < ns ? sents[si].span.start : G_MAXINT64;
              s_end = si < ns ? sents[si].span.end : G_MAXINT64;
            }
          gint key = -1 - (gint) si;  /* a gap before sentence si */
          if (s_start <= start)
            key = (gint) si;
          while (start >= p_end)
            {
              pi++;
              p_end = pi < np ? paras[pi].span.end : G_MAXINT64;
            }
          if (key != cur_key)
            {
              if (cur_unit >= 0)
                uend[cur_unit] = i;
              cur_key = key;
              cur_unit++;
              ustart[cur_unit] = i;
              usent[cur_unit] = key >= 0 ? key : -1;
            }
          bound = MIN (key >= 0 ? s_end : s_start, p_end);
        }
      *t = (CgPatToken) { .start = start, .end = ct->end, .word = w, .flags = (guint8) flags,
                          .sentence = (guint) cur_unit, .paragraph = pi,
                          .quote_open = -1, .quote_close = -1, .inside = -1 };
      guint16 tf = tf_of_flags[flags & 31];
      if (n == 1)
        {
          if (w[0] == '?')
            tf |= TF_BAD;
          else if (w[0] == '.')
            tf |= TF_DOT;
          else if (w[0] == '\'' && i > 0 && toks[i - 1].word[0] == '\'' && toks[i - 1].word[1] == '\0'
                   && toks[i - 1].end == start)
            ap_pairs++;
        }
      const CgLexWord *sl = n <= 8 ? cg_lex_table_chunk (&lex, chunk, n, h) : cg_lex_table_word (&lex, w, n, chunk, h);
      /* every list entry starts with a word ("n't" aside, which the tokenizer keeps in its word) */
      guint64 single = 0;
      if (sl)
        {
          guint64 multi = sl->multi;
          ids[i] = sl->id;
          if ((sl->single >> L_TRIGGER) & 1)
            trig[n_trig++] = i;
          if (flags & CG_TOKEN_WORD)
            {
              single = sl->single;
              tf |= TF_LISTS;
              if ((single | multi) & CUE_LISTS)
                cue_cand[n_cue_cand++] = i;
              tf |= word_tf[sl->id];
            }
          else if (x->anchor_byte[(guchar) w[0]])
            {
              single = sl->single;
              tf |= TF_LISTS;
              if ((single >> L_ANCHOR) & 1)
                tf |= TF_ANCHOR;
            }
        }
      else
        ids[i] = 0;
      singles[i] = single;
      tfs[i] = tf;
      /* "He's predicting": token i again as the pronoun alone, its
       * auxiliary after it (split_contraction ()) */
      if (G_UNLIKELY ((single >> L_NOT_POSSESSIVE) & 1) && !n_pend
          && split_contraction (r, w, start, ct->end, &pend[0], &pend[1]))
        {
          pend[0].start = start;
          pend[0].flags = flags;
          n_pend = 2;
          n_cue_cand -= n_cue_cand > 0 && cue_cand[n_cue_cand - 1] == i;
          n_trig -= n_trig > 0 && trig[n_trig - 1] == i;
          i--;
        }
    }
  r->n_cue_cand = n_cue_cand;
  r->n_trig = n_trig;
  g_array_set_size (r->toks, nt);
  tfs[nt] = 0;
  r->memo = g_new (guint, 2 * (nt + 1));
  r->memo_set = g_new0 (guint64, nt / 64 + 1);
  if (cur_unit >= 0)
    uend[cur_unit] = nt;
  g_array_set_size (r->unit_start, (guint) (cur_unit + 1));
  g_array_set_size (r->unit_end, (guint) (cur_unit + 1));
  g_array_set_size (r->unit_sentence, (guint) (cur_unit + 1));
  r->folded = arena.buf;
  r->folded_cap = arena.cap;
  r->folded_len = arena.len;
  r->folded_more = arena.full;
  r->ap_pairs = ap_pairs;
}

/* Index of the token starting at OFFSET, or NONE. */
static guint
token_at (Run *r, gint64 offset)
{
  guint lo = 0, hi = r->toks->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (TOK (r, mid)->start < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < r->toks->len && TOK (r, lo)->start == offset ? lo : NONE;
}

static guint quote_words (Run *r, guint q);

/* An em or en dash, or a hyphen standing alone. */
static inline gboolean
is_dash (const char *w)
{
  /* bytewise: the test runs on every token some scans pass */
  if (w[0] == '-')
    return w[1] == '\0';
  return (guchar) w[0] == 0xE2 && (guchar) w[1] == 0x80 && ((guchar) w[2] == 0x94 || (guchar) w[2] == 0x93)
         && w[3] == '\0';
}

static gboolean
is_apostrophe (const CgPatToken *t)
{
  return t->word[0] == '\'' && t->word[1] == '\0';
}

static gint
quote_by_start (gconstpointer a, gconstpointer b)
{
  const CgQuote *x = a, *y = b;
  if (x->span.start != y->span.start)
    return x->span.start < y->span.start ? -1 : 1;
  return x->span.end > y->span.end ? -1 : x->span.end < y->span.end;
}

/* Quotations written with two apostrophes (''...'', as some newspaper
 * archives print them) are not quotation marks to the segmenter; pair them
 * here, per paragraph, and drop the single quotes the segmenter made of
 * their halves. */
static void
local_quotes (Run *r)
{
  GArray *seg = r->segments->quotes;
  r->lq = g_array_sized_new (FALSE, TRUE, sizeof (CgQuote), seg->len);
  GArray *marks = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = r->ap_pairs ? r->toks->len : 0;
  for (guint i = 0; i + 1 < n; i++)
    if (is_apostrophe (TOK (r, i)) && is_apostrophe (TOK (r, i + 1)) && TOK (r, i)->end == TOK (r, i + 1)->start
        && (i + 2 >= n || !is_apostrophe (TOK (r, i + 2)) || TOK (r, i + 1)->end != TOK (r, i + 2)->start))
      {
        g_array_append_val (marks, i);
        i++;
      }
  GHashTable *halves = g_hash_table_new (NULL, NULL);
  for (guint k = 0; k + 1 < marks->len; k++)
    {
      guint a = g_array_index (marks, guint, k), b = g_array_index (marks, guint, k + 1);
      if (TOK (r, a)->paragraph != TOK (r, b)->paragraph)
        continue;  /* an opener left open at the end of its paragraph */
      CgQuote q = { 0 };
      q.span.start = TOK (r, a)->start;
      q.span.end = TOK (r, b + 1)->end;
      q.inner.start = TOK (r, a + 1)->end;
      q.inner.end = TOK (r, b)->start;
      q.parent = -1;
      q.first_paragraph = q.last_paragraph = TOK (r, a)->paragraph;
      q.closed = TRUE;
      g_array_append_val (r->lq, q);
      for (guint t = a; t <= a + 1; t++)
        g_hash_table_add (halves, GSIZE_TO_POINTER ((gsize) TOK (r, t)->start + 1));
      for (guint t = b; t <= b + 1; t++)
        g_hash_table_add (halves, GSIZE_TO_POINTER ((gsize) TOK (r, t)->start + 1));
      k++;
    }
  gboolean synthesized = r->lq->len > 0;
  for (guint q = 0; q < seg->len; q++)
    {
      const CgQuote *cq = &g_array_index (seg, CgQuote, q);
      if (synthesized && (g_hash_table_contains (halves, GSIZE_TO_POINTER ((gsize) cq->span.start + 1))
                          || g_hash_table_contains (halves, GSIZE_TO_POINTER ((gsize) cq->span.end - 1 + 1))))
        continue;
      g_array_append_val (r->lq, *cq);
    }
  if (synthesized)
    {
      g_array_sort (r->lq, quote_by_start);
      /* depth: the number of quotations holding this one */
      for (guint q = 0; q < r->lq->len; q++)
        {
          CgQuote *cq = &g_array_index (r->lq, CgQuote, q);
          cq->depth = 0;
          for (guint p = 0; p < q; p++)
            {
              const CgQuote *pq = &g_array_index (r->lq, CgQuote, p);
              if (pq->span.start <= cq->span.start && pq->span.end >= cq->span.end)
                cq->depth++;
            }
        }
    }
  g_hash_table_unref (halves);
  g_array_unref (marks);
}

/* Whether the quotation whose marks are tokens OPEN and CLOSE names a
 * show, a book or a film ("Sunday on Fox News channel's "Sunday Morning
 * Futures," Rep. Darrell Issa said ..."): right after a word of
 * extract.rules [title-openers] or a possessive, at most quoted_title_max_words
 * words, each capitalized, a number or one of [title-small-words].  Such a
 * quotation is no one's statement, and the sentence around it may hold
 * the attribution. */
static gboolean
title_quote (Run *r, guint open, guint close)
{
  if (open == 0 || !same_unit (r, open - 1, open) || r->x->quoted_title_max_words == 0)
    return FALSE;
  const CgPatToken *before = TOK (r, open - 1);
  if (!is_word (before) || !(tok_is (r, open - 1, L_TITLE_OPENER) || ends_possessive (before->word)))
    return FALSE;
  guint words = 0;
  gboolean cap = FALSE;
  for (guint i = open + 1; i < close; i++)
    {
      const CgPatToken *t = TOK (r, i);
      if (TOK (r, i)->quote_open >= 0 || TOK (r, i)->quote_close >= 0)
        return FALSE;
      if (!is_word (t) && !(t->flags & CG_TOKEN_NUMBER))
        continue;
      if (++words > r->x->quoted_title_max_words)
        return FALSE;
      if (is_cap (t))
        cap = TRUE;
      else if (!(t->flags & CG_TOKEN_NUMBER) && !tok_is (r, i, L_TITLE_SMALL))
        return FALSE;
    }
  return cap;
}

static void
mark_quotes (Run *r)
{
  local_quotes (r);
  GArray *quotes = r->lq;
  guint n = r->toks->len;
  r->qs = g_array_sized_new (FALSE, TRUE, sizeof (CgPatQuote), quotes->len);
  for (guint q = 0; q < quotes->len; q++)
    {
      const CgQuote *cq = &g_array_index (quotes, CgQuote, q);
      CgPatQuote pq = { NONE, NONE, NONE };
      if (cq->closed)
        {
          pq.open = token_at (r, cq->span.start);
          guint close = token_at (r, cq->inner.end);
          while (close != NONE && close + 1 < n && TOK (r, close)->end < cq->span.end)
            close++;
          if (pq.open != NONE && close != NONE && close > pq.open && TOK (r, close)->end == cq->span.end
              && TOK (r, pq.open)->quote_open < 0 && TOK (r, close)->quote_close < 0
              && !title_quote (r, pq.open, close))
            {
              pq.close = close;
              /* the last token before the closing mark (which may be two tokens) */
              pq.last = close;
              while (pq.last > pq.open && TOK (r, pq.last)->start >= cq->inner.end)
                pq.last--;
              TOK (r, pq.open)->quote_open = (gint) q;
              TOK (r, close)->quote_close = (gint) q;
              r->tf[pq.open] |= TF_QOPEN | TF_BAD | TF_MARK;
              r->tf[close] |= TF_BAD | TF_MARK;
            }
          else
            pq.open = NONE;
        }
      g_array_append_val (r->qs, pq);
    }
  /* every token's inside is -1 from tokenize () */
  for (guint q = 0; q < r->qs->len; q++)
    {
      const CgPatQuote *pq = &g_array_index (r->qs, CgPatQuote, q);
      if (pq->open == NONE || g_array_index (quotes, CgQuote, q).depth > 0
          || quote_words (r, q) <= r->x->scare_max_words)
        continue;
      for (guint i = pq->open + 1; i < pq->close; i++)
        {
          TOK (r, i)->inside = (gint) q;
          r->tf[i] |= TF_INSIDE;
        }
    }
}

/* Whether token I is in a headline: the article's first paragraph, one
 * sentence that ends with no sentence-final mark. */
static gboolean
headline_at (const Run *r, guint i)
{
  const CgPatToken *t = TOK (r, i);
  if (t->paragraph != 0 || r->segments->paragraphs->len < 2)
    return FALSE;
  CgSpan p = g_array_index (r->segments->paragraphs, CgParagraph, 0).span;
  /* the last byte past blanks, closing brackets and quotation marks (the
   * curly closing marks end in bytes 0x9D and 0x99 after 0xE2 0x80) */
  gint64 e = p.end;
  for (; e > p.start; e--)
    {
      guchar b = (guchar) r->text[e - 1];
      if (!(b == ' ' || b == '\t' || b == '\n' || b == '"' || b == '\'' || b == ')' || b == 0x9D || b == 0x99
            || b == 0x80 || b == 0xE2))
        break;
    }
  if (e <= p.start)
    return FALSE;
  char c = r->text[e - 1];
  return c != '.' && c != '!' && c != '?' && c != ':';
}

static gboolean
is_prefix_word (Run *r, const CgPatToken *t)
{
  if (!is_word (t) || is_cap (t))
    return FALSE;
  gsize n = strlen (t->word);
  if (n > 4 && ends_with (t->word, "ly"))
    return TRUE;
  return tok_is (r, (guint) (t - TOK (r, 0)), L_PREFIX);
}

/* Whether token I is the sign of a percentage ("42", "%"). */
static gboolean
is_percent (Run *r, guint i)
{
  return i > 0 && is_char (TOK (r, i)->word, '%') && (TOK (r, i - 1)->flags & CG_TOKEN_NUMBER)
         && TOK (r, i - 1)->end == TOK (r, i)->start && same_unit (r, i - 1, i);
}


/* The start of a place named after a word of the [prefix] word PW's
 * name-not-after= ("in Tennessee") ending right before token P, or NONE. */
static gboolean cue_attr_lists (const CgRule *cue, const char *attr, const char *word);
static guint
place_before (Run *r, const Entry *pw, guint p)
{
  guint k = p;
  while (k > 0 && same_unit (r, k - 1, p) && is_word (TOK (r, k - 1)) && is_cap (TOK (r, k - 1)))
    k--;
  return k < p && k > 0 && same_unit (r, k - 1, p) && cue_attr_lists (pw->rule, "name-not-after", TOK (r, k - 1)->word)
             ? k - 1
             : NONE;
}

/* Whether the [prefix] word PW at token P is the subject itself, not a
 * word of the cue group: right after a word of its not-after= ("and both
 * said": the two just named, after a statement whose subject is someone
 * else), or after a place that a word of its name-not-after= opens
 * ("... in Tennessee both"), unless a name stands before that word: then
 * the place is where the named live ("Jeff Flake in Arizona and Bob Corker
 * in Tennessee both criticized", placed_subject_back()); its mention then
 * names no one. */
static gboolean
prefix_is_subject (Run *r, const Entry *pw, guint p)
{
  if (p == 0 || !same_unit (r, p - 1, p))
    return FALSE;
  if (cue_attr_lists (pw->rule, "not-after", TOK (r, p - 1)->word))
    return TRUE;
  guint k = place_before (r, pw, p);
  return k != NONE && !(k > 0 && same_unit (r, k - 1, p) && is_word (TOK (r, k - 1)) && is_cap (TOK (r, k - 1)));
}

/* "Jeff Flake in Arizona and Bob Corker in Tennessee both criticized":
 * before a [prefix] word at token END whose name-not-after= lists a word
 * opening a place after a name, the mention is the name with its place,
 * and a coordinated name before it (with its own place or none), as
 * PolNeAR marks the subject; sets *START. */
static gboolean np_back (Run *r, guint end, guint *start);
static gboolean
placed_subject_back (Run *r, guint end, guint *start)
{
  const Entry *pw = end < r->toks->len && is_word (TOK (r, end)) ? tok_entry (r, end, L_PREFIX) : NULL;
  if (pw == NULL || !cg_rule_attr (pw->rule, "name-not-after"))
    return FALSE;
  guint k = place_before (r, pw, end), s;
  if (k == NONE || k == 0 || !same_unit (r, k - 1, end) || !is_cap (TOK (r, k - 1)) || !np_back (r, k, &s))
    return FALSE;
  if (s >= 2 && same_unit (r, s - 2, s) && tok_is (r, s - 1, L_COORD))
    {
      guint k2 = place_before (r, pw, s - 1), s2;
      if (k2 != NONE && k2 > 0 && same_unit (r, k2 - 1, s) && is_cap (TOK (r, k2 - 1)) && np_back (r, k2, &s2))
        s = s2;
      else if (is_cap (TOK (r, s - 2)) && np_back (r, s - 1, &s2))
        s = s2;
    }
  *start = s;
  return TRUE;
}

/* "In March Mr Zuckerberg said", "October 2016 Mr Schneiderman told": a
 * capitalized word of extract.rules [time-words] (a month, a weekday)
 * before the name starting at token S says when, and is no part of the
 * name, when a title or a number follows it, or when a word of
 * [not-source] ("In", "On") stands before it; a time word that is also a
 * given name (name=yes: "August Pfluger") only when a title, a number,
 * a given name of names.rules ("In May Theresa May") or a name the
 * article gives in full elsewhere ("In April Ayotte told", after "Kelly
 * Ayotte") follows it. */
static gboolean person_elsewhere (Run *r, guint i);
static gboolean
time_word_before (Run *r, guint s)
{
  const CgPatToken *t = TOK (r, s - 1), *next = TOK (r, s);
  char low[32];
  gsize n = strlen (t->word);
  if (!is_cap (t) || n >= sizeof low)
    return FALSE;
  for (gsize i = 0; i <= n; i++)
    low[i] = g_ascii_tolower (t->word[i]);
  const CgRule *tw = g_hash_table_lookup (r->x->time_words, low);
  if (!tw)
    return FALSE;
  if (tok_title (r, next) || (next->flags & CG_TOKEN_NUMBER))
    return TRUE;
  if (!(s >= 2 && same_unit (r, s - 2, s - 1) && is_word (TOK (r, s - 2)) && tok_is (r, s - 2, L_NOT_SOURCE)))
    return FALSE;
  return g_strcmp0 (cg_rule_attr (tw, "name"), "yes") != 0 || tok_is (r, s, L_GIVEN) || person_elsewhere (r, s);
}
/* Whether token K (the word after a verb) opens its object or clause
 * rather than being the noun an adjective before it qualifies: a
 * capitalized word, a determiner, a pronoun or a quotation mark. */
static gboolean
opens_clause_after (Run *r, guint k)
{
  if (k >= r->toks->len || !same_unit (r, k - 1, k))
    return FALSE;
  const CgPatToken *t = TOK (r, k);
  return t->quote_open >= 0 || (is_word (t) && (is_cap (t) || tok_is (r, k, L_DET) || tok_is (r, k, L_PRON)));
}

static gboolean np_back (Run *r, guint end, guint *start);
static gboolean phrase_in (Run *r, GHashTable *set, guint a, guint b);

static gboolean is_prefix_word (Run *r, const CgPatToken *t);

/* "declined to provide", "goes on to say", "were quick to condemn": the
 * words of a cue-verbs.rules [chains] phrase ending right before token TO
 * ("to") join the cue verb after it into one cue group, whose speaker is
 * their subject, as PolNeAR marks it; so do those of a [chain-adjectives]
 * phrase after a word of [prefix] ("were quick to", not "the microphone
 * in his hand ready to ask").  Returns the phrase's length in words (two,
 * then one, tried), or 0. */
static guint
chain_before (Run *r, guint to)
{
  if (to == 0 || !phrase_in (r, r->x->cue_chain_ends, to - 1, to))
    return 0;
  for (guint w = 2; w >= 1; w--)
    {
      if (to < w || !same_unit (r, to - w, to))
        continue;
      if (phrase_in (r, r->x->cue_chains, to - w, to))
        return w;
      if (to > w && same_unit (r, to - w - 1, to) && is_prefix_word (r, TOK (r, to - w - 1))
          && phrase_in (r, r->x->cue_chain_adjectives, to - w, to))
        return w;
    }
  return 0;
}

/* "forced Schultz to resign", "prompting them to focus on": the
 * infinitive at token TO is a cue group of its own ("to resign"), its
 * speaker the noun phrase before "to", when a word of extract.rules
 * [cue-controllers] opens that phrase's place and is no part of a cue
 * itself ("lobbied for the Americans to support": the outer cue's content
 * holds the infinitive). */
static gboolean
to_cue (Run *r, guint to)
{
  guint s;
  /* (no noun phrase ends in a cue verb or an auxiliary: "wants to say",
   * "have to say", the most of them, are rejected before np_back()) */
  if (to < 2 || !same_unit (r, to - 1, to) || tok_is (r, to - 1, L_VERB) || tok_is (r, to - 1, L_PREFIX))
    return FALSE;
  if (tok_is (r, to - 1, L_PRON))
    s = to - 1;
  else if (!np_back (r, to, &s))
    return FALSE;
  if (s == 0 || !same_unit (r, s - 1, s) || !phrase_in (r, r->x->cue_controllers, s - 1, s))
    return FALSE;
  for (guint j = s - 1; j-- > 0 && s - 1 - j <= 4;)
    if ((r->tf[j] & TF_CUE) && j + TOK (r, j)->cue_len >= s - 1)
      return FALSE;
  return TRUE;
}

/* Whether a word of cue-verbs.rules [prep-heads] comes in the phrase from
 * token K on, before punctuation and within source_max_words words ("in a
 * Washington Post/ABC News poll released Sunday"). */
static gboolean
head_follows (Run *r, guint k)
{
  guint n = r->toks->len;
  for (guint j = k, words = 0; j < n && same_unit (r, k, j) && words < r->x->source_max_words; j++)
    {
      const CgPatToken *t = TOK (r, j);
      if (t->quote_open >= 0 || t->quote_close >= 0 || (t->word[0] && strchr (",;:.!?()", t->word[0])))
        return FALSE;
      if (tok_is (r, j, L_PREP_HEAD))
        return TRUE;
      words += is_word (t);
    }
  return FALSE;
}

/* "Asked on Monday whether ...", "when asked at the business conference
 * about the merger, ...": a setting phrase between an inflected hearer
 * cue and its content, opened at token K by a word of extract.rules
 * [hearer-settings], at most hearer_setting_max_words words with no
 * punctuation or quotation mark (a noun that is a cue's form too,
 * "during a January debate why"), no word of [pronouns] ("Kim warned
 * Friday he is preparing to ...": a clause) and no word of
 * [source-coordinators] ("advice on what's safe and what isn't"), ends
 * before a word of
 * [after-hearer] or of cue-verbs.rules [particles], where the content
 * starts, as PolNeAR marks it.  Returns that token, or NONE. */
static guint
hearer_setting_end (Run *r, guint k, guint end)
{
  const CgExtractor *x = r->x;
  if (k == 0 || k >= end || !same_unit (r, k - 1, k) || !is_word (TOK (r, k))
      || !g_hash_table_contains (x->hearer_settings, TOK (r, k)->word))
    return NONE;
  for (guint j = k + 1; j < end && j - k <= x->hearer_setting_max_words && same_unit (r, k, j); j++)
    {
      const CgPatToken *t = TOK (r, j);
      if (!is_word (t) || t->quote_open >= 0 || t->quote_close >= 0)
        return NONE;
      if (tok_is (r, j, L_AFTER_HEARER) || tok_is (r, j, L_PARTICLE))
        return j + 1 < end && same_unit (r, j, j + 1) ? j : NONE;
      if (tok_is (r, j, L_PRON) || tok_is (r, j, L_COORD))
        return NONE;
    }
  return NONE;
}

/* The end of a time phrase starting at token S, or S when none starts
 * there: a phrase of extract.rules [source-time-tail] ("last week", "on
 * Thursday") or one word of [time-words] ("Tuesday", "March"). */
static guint
time_phrase_at (Run *r, guint s)
{
  guint n = r->toks->len;
  for (guint w = 3; w >= 2; w--)
    if (s + w <= n && same_unit (r, s, s + w - 1) && phrase_in (r, r->x->source_time_tail, s, s + w))
      return s + w;
  if (s < n && is_word (TOK (r, s)) && phrase_in (r, r->x->time_words, s, s + 1))
    return s + 1;
  return s;
}

/* Whether tokens [S, E) are a time phrase: a phrase of [source-time-tail]
 * of two or three words or one word of [time-words]. */
static gboolean
time_phrase_is (Run *r, guint s, guint e)
{
  if (e == s + 1)
    return is_word (TOK (r, s)) && phrase_in (r, r->x->time_words, s, e);
  return (e == s + 2 || e == s + 3) && phrase_in (r, r->x->source_time_tail, s, e);
}

/* Whether token I is a word of extract.rules [source-participles] with
 * dated=yes: one of the mention only before a time phrase ("The report
 * published Tuesday"; not "A newly released email", "the emails Lazar
 * released"). */
static gboolean
dated_only (const Run *r, guint i)
{
  if (!tok_is (r, i, L_SOURCE_PART))
    return FALSE;
  const Entry *e = tok_entry (r, i, L_SOURCE_PART);
  return e && g_strcmp0 (cg_rule_attr (e->rule, "dated"), "yes") == 0;
}

/* Whether token P may be a participle that modifies the noun before it:
 * a lowercase word of extract.rules [source-participles], not marked a
 * cue, right after a noun (no pronoun, determiner, auxiliary or adverb).
 * The list's bit first: this runs at every end np_back() tries. */
static gboolean
participle_after_noun (Run *r, guint p)
{
  if (p == 0 || !tok_is (r, p, L_SOURCE_PART))
    return FALSE;
  const CgPatToken *t = TOK (r, p);
  /* (a cue already marked is the verb: "Officials published Tuesday
   * ...") */
  if (t->cue || !is_word (t) || is_cap (t) || !same_unit (r, p - 1, p))
    return FALSE;
  const CgPatToken *b = TOK (r, p - 1);
  return is_word (b) && !tok_is (r, p - 1, L_PRON) && !tok_is (r, p - 1, L_RELATIVE) && !tok_is (r, p - 1, L_DET)
         && !tok_is (r, p - 1, L_PREFIX) && !tok_is (r, p - 1, L_NOT_SOURCE) && !ends_with (b->word, "ly");
}

/* Whether token P is a participle that, with the time phrase after it
 * ending at END, ends a noun phrase ("The report published Tuesday", "A
 * New York Times/CBS News poll conducted last week", "disclosures filed on
 * Thursday"). */
static gboolean
dated_participle (Run *r, guint p, guint end)
{
  return p + 1 < end && same_unit (r, p, end - 1) && participle_after_noun (r, p) && time_phrase_is (r, p + 1, end);
}

/* "made an impassioned call for", "took some shots at", "has made
 * several controversial statements on": a light verb whose object noun
 * carries the cue, with up to gap= modifiers of that noun between them
 * (cue-verbs.rules `gap=`), as PolNeAR marks the cue: the entry of list
 * L_GAP, matched with its first word at token I and the rest after the
 * modifiers, its length from I to its last word in *LEN; or NULL.  A
 * modifier is a lowercase word of the sentence that opens no content,
 * clause or relative clause ("made it clear that", "made sure that his
 * call for" are none). */
static const Entry *
gap_entry (Run *r, guint i, guint n, guint *len)
{
  const CgExtractor *x = r->x;
  if (!(r->tf[i] & TF_LISTS) || !((tok_tier (r, i, L_GAP)->multi >> TIER_BIT (L_GAP)) & 1))
    return NULL;
  guint32 tmp[6];
  tmp[0] = r->ids[i];
  for (guint j = i + 1; j < n && j <= i + 1 + x->gap_max && same_unit (r, i, j); j++)
    {
      const CgPatToken *g = TOK (r, j - 1);
      if (j > i + 1
          && (!is_word (g) || is_cap (g) || tok_is (r, j - 1, L_CONTENT_PREP) || tok_is (r, j - 1, L_SUBORD)
              || tok_is (r, j - 1, L_RELATIVE) || tok_is (r, j - 1, L_BREAK)
              || (tok_is (r, j - 1, L_PRON) && !tok_is (r, j - 1, L_DET)) || strcmp (g->word, "that") == 0))
        return NULL;
      /* (most words after a light verb are no entry's noun: a filter on
       * its id before the lexicon walks the verb's phrases) */
      guint32 wj = r->ids[j];
      if (!((x->gap_second[(wj >> 6) & 3] >> (wj & 63)) & 1))
        continue;
      guint k = 1;
      while (k < G_N_ELEMENTS (tmp) && j + k - 1 < n && same_unit (r, i, j + k - 1))
        {
          tmp[k] = r->ids[j + k - 1];
          k++;
        }
      CgLexMatch m;
      if (cg_lexicon_match_ids (x->lex, L_GAP, tmp, k, 0, &m) && m.len >= 2 && x->entries[m.id].gap >= j - i - 1)
        {
          *len = j - i - 1 + m.len;
          return &x->entries[m.id];
        }
    }
  return NULL;
}

static void
mark_cues (Run *r)
{
  guint n = r->toks->len;
  /* the token after a one-word hearer cue that opens a setting phrase
   * (hearer_setting_end ()): "Asked during a January debate why ..." may
   * start the pattern's content, though "during" is a word of
   * extract.rules [not-content-start]; from_match () steps over the
   * setting */
  guint setting = NONE;
  for (guint c = 0; c < r->n_cue_cand; c++)
    {
      guint i = r->cue_cand[c];
      CgPatToken *t = TOK (r, i);
      if (!is_word (t))
        continue;
      /* (but "at least 8 in 10 GOP primary voters ...": a quantity) */
      t->no_content = tok_is (r, i, L_NOT_CONTENT) && i != setting
                      && !(i + 1 < n && same_unit (r, i, i + 1) && tok_is (r, i + 1, L_QUANT_OPENER));
      if (G_UNLIKELY (tok_is (r, i, L_NOUN_ANCHOR)))
        {
          if (r->noun_cand == NULL)
            r->noun_cand = g_new (guint, r->n_cue_cand + 1);
          r->noun_cand[r->n_noun_cand++] = i;
        }
      guint len = 0;
      const Entry *pe = match_entry (r, i, n, L_PREP, &len);
      if (pe && same_unit (r, i, i + len - 1)
          && (!pe->head || ((i == 0 || !same_unit (r, i - 1, i)) && head_follows (r, i + len))))
        {
          t->prep = pe->rule;
          r->tf[i] |= TF_PREP;
          t->prep_len = len;
        }
      const Entry *ve = match_entry (r, i, n, L_VERB, &len);
      if (r->x->gap_max)
        {
          guint glen;
          const Entry *ge = gap_entry (r, i, n, &glen);
          if (ge && (ve == NULL || glen > len))
            {
              ve = ge;
              len = glen;
            }
        }
      if (ve == NULL || !same_unit (r, i, i + len - 1))
        continue;
      const CgRule *v = ve->rule;
      gboolean is_base = ve->base;
      /* "Post" in "The Washington Post" is no verb; "Says" in a title-case
       * headline ("Trump Says He's Unlikely To ...") is: an inflected form
       * between capitalized words. */
      /* "Asked whether the plan would work, ...", "Asked by a reporter
       * about ...": an inflected hearer cue opening a sentence, before a
       * word of [after-hearer] or a phrasal cue's particle, is one. */
      gboolean opener = is_cap (t) && !is_base && (i == 0 || !same_unit (r, i - 1, i)) && i + len < n
                        && same_unit (r, i, i + len) && ve->hearer
                        && (len > 1 || tok_is (r, i + len, L_AFTER_HEARER) || tok_is (r, i + len, L_AGENT)
                            || hearer_setting_end (r, i + len, n) != NONE);
      if (is_cap (t) && !opener)
        {
          if (is_base || i == 0 || i + 1 >= n || !same_unit (r, i - 1, i)
              || !same_unit (r, i, i + 1) || !is_cap (TOK (r, i - 1)) || !is_cap (TOK (r, i + 1)))
            continue;
          /* "the United States Senate": a name in running text, not a headline */
          if (i >= 2 && same_unit (r, i - 2, i) && is_word (TOK (r, i - 2)) && !is_cap (TOK (r, i - 2)))
            continue;
          /* "Trump Names Mick Mulvaney Acting Chief of Staff": a deed in a
           * headline reports the deed, and its object (a name and a role)
           * is contained in every text that repeats the news, a hub for
           * same_as links (headline=no) */
          if (ve->headline_no)
            continue;
        }
      /* "Trump names Mick Mulvaney acting chief of staff", "Judge blocks
       * Trump birth control coverage rules in 13 states": the same deed in a
       * sentence-case headline, the article's first paragraph with no
       * sentence-final mark */
      else if (ve->headline_no && !is_base && headline_at (r, i))
        continue;
      /* "the vital states of Pennsylvania", "media reports of Manafort's
       * work": a noun; after a name, a pronoun or an adverb it stays a verb
       * ("Robert Costa writes of Christie", "as Lenin neatly put it of") */
      if (i + len < n && same_unit (r, i, i + len) && tok_is (r, i + len, L_NOUN_BEFORE)
          && (i == 0 || !same_unit (r, i - 1, i)
              || (is_word (TOK (r, i - 1)) && !is_cap (TOK (r, i - 1)) && !tok_is (r, i - 1, L_PRON)
                  && !is_prefix_word (r, TOK (r, i - 1)))))
        continue;
      guint chain = 0;
      /* "the report", "his claims", "to say": a noun or an infinitive, not a
       * cue (unless chain_before() or to_cue() says so); but a determiner
       * that is a pronoun of its own is the subject of a noun=no verb not
       * ending in -s, and so is a number ("Several
       * said", "Two in three said", "Most believe"; not "some claims"), or
       * of another inflected verb before a name, determiner or pronoun
       * ("Most supported Sanders", not "some proposed amendments") */
      if (i > 0 && same_unit (r, i - 1, i)
          && ((tok_is (r, i - 1, L_DET)
               && !((tok_is (r, i - 1, L_PRON) || tok_is (r, i - 1, L_QUANTITY)) && !ends_with (t->word, "s")
                    && (ve->noun_no
                        || (!is_base && opens_clause_after (r, i + len)))))
              || (strcmp (TOK (r, i - 1)->word, "to") == 0 && !(chain = chain_before (r, i - 1)) && !to_cue (r, i - 1))
              || ends_possessive (TOK (r, i - 1)->word)))
        continue;
      /* "to" of a to_cue() belongs to the cue group, and so do the words of
       * a chain before it with their own prefix ("has sought to"); not a
       * raising verb ("seem", "appear": how its subject seems, no one's
       * words) nor one with infinitive=no ("allowing the companies to
       * continue operating") */
      guint pre = i > 0 && same_unit (r, i - 1, i) && strcmp (TOK (r, i - 1)->word, "to") == 0;
      if (pre && (cg_rule_attr (v, "raising") || g_strcmp0 (cg_rule_attr (v, "infinitive"), "no") == 0))
        continue;
      pre += pre ? chain : 0;
      guint pre0 = pre;
      while (pre < pre0 + 4 && i > pre && same_unit (r, i - pre - 1, i) && is_prefix_word (r, TOK (r, i - pre - 1)))
        {
          /* "has been criticizing" is one cue group; "has been called" is
           * a passive, whose subject is no speaker */
          const Entry *pw = tok_entry (r, i - pre - 1, L_PREFIX);
          if (pw && pw->before_ing && !ve->base_ing)
            break;
          if (pw && prefix_is_subject (r, pw, i - pre - 1))
            break;
          pre++;
        }
      /* An adjective ("eager", "critical of") reports a stance only after a
       * verb of the cue group ("Banks are eager to ...", "was highly
       * critical of"); bare, it describes a noun ("voters critical of the
       * President may ..."). */
      if (pre == 0 && ve->adjective)
        continue;
      /* "a rancher named LaVoy Finicum", "the freelance job listing
       * platform": an inflected form right after a common noun, without an
       * auxiliary, modifies it (after-noun=no); after a name, a pronoun, a
       * relative or a number it is the verb ("Time magazine named him",
       * "who named him prime minister", "55 percent named Britain") */
      if (pre == 0 && ve->after_noun_no && !is_base && i > 0 && same_unit (r, i - 1, i)
          && is_word (TOK (r, i - 1)) && !is_cap (TOK (r, i - 1)) && !tok_is (r, i - 1, L_PRON)
          && !tok_is (r, i - 1, L_RELATIVE) && !is_percent (r, i - 1))
        continue;
      /* "The report published Tuesday showed that ...": a participle
       * dated by a time phrase after a common noun, before the cue verb of
       * that noun (its auxiliaries allowed), is part of the speaker
       * mention, no cue of its own */
      if (pre == 0 && !is_base && len == 1 && participle_after_noun (r, i))
        {
          guint e = time_phrase_at (r, i + 1), vl = 0;
          /* (not a speech verb: "The campaign announced Tuesday plans
           * to ...") */
          if (e > i + 1 && !cg_rule_attr (v, "speech"))
            {
              guint v0 = e;
              while (v0 < n && v0 < e + 3 && same_unit (r, i, v0) && is_prefix_word (r, TOK (r, v0)))
                v0++;
              if (v0 < n && same_unit (r, i, v0) && match_entry (r, v0, n, L_VERB, &vl))
                continue;
            }
        }
      /* "FEC reports show that ...", "Muslim advocates hailed ...": an -s
       * form of a verb that may be a noun (no noun=no), right after a word
       * and right before another cue verb in its base or past form, is the
       * plural noun heading the subject of that verb, no cue of its own
       * (not before a capitalized word: "Newly Released Document Reveals
       * State Department Knew ...", a headline; nor before an adjective
       * cue: "Trump appears willing to", the seeds). */
      if (pre == 0 && !is_base && len == 1 && !ve->noun_no && i > 0 && i + 1 < n && same_unit (r, i - 1, i + 1)
          && is_word (TOK (r, i + 1)) && !is_cap (TOK (r, i + 1)) && ends_with (t->word, "s")
          && is_word (TOK (r, i - 1)) && !tok_is (r, i - 1, L_PRON) && !tok_is (r, i - 1, L_RELATIVE))
        {
          /* (its auxiliaries and adverbs allowed: "Other refugee advocates
           * also said") */
          guint vl = 0, v1 = i + 1;
          while (v1 < n && v1 < i + 4 && same_unit (r, i, v1) && is_prefix_word (r, TOK (r, v1)))
            v1++;
          const Entry *ne = v1 < n && (r->tf[v1] & TF_LISTS) ? match_entry (r, v1, n, L_VERB, &vl) : NULL;
          if (ne && same_unit (r, i, v1 + vl - 1) && !ne->adjective
              && (ne->base || (!ne->base_ing && !ends_with (TOK (r, v1)->word, "s"))))
            continue;
        }
      /* An uninflected verb right after its subject needs a plural one:
       * "officials say", "they report"; "the Mueller report" is a noun. */
      if (is_base && pre == 0 && !ve->noun_no)
        {
          if (i == 0 || !same_unit (r, i - 1, i))
            continue;
          const char *pw = TOK (r, i - 1)->word;
          gboolean plural = (ends_with (pw, "s") && !ends_with (pw, "ss") && !ends_possessive (pw)
                             && strlen (pw) > 3 && !tok_mass (r, i - 1)) || is_percent (r, i - 1)
                          || (tok_is (r, i - 1, L_SOURCE_PART) && !dated_only (r, i - 1))
                          || (tok_is (r, i - 1, L_PLURAL) && !tok_mass (r, i - 1));
          if (!plural && !tok_is (r, i - 1, L_PRON))
            continue;
        }
      t->cue = v;
      r->tf[i] |= TF_CUE;
      t->cue_len = len;
      t->cue_pre = pre;
      t->cue_mask = ve->cue_mask;
      if (ve->hearer && len == 1 && hearer_setting_end (r, i + 1, n) != NONE)
        setting = i + 1;
    }
}

/* ---- speaker mentions ----------------------------------------------------- */

static gboolean np_back (Run *r, guint end, guint *start);

/* Mark the commas no content runs over (CG_PAT_CLAUSE_BREAK): one right
 * before the speaker of an inflected cue verb that opens a clause of its
 * own ("when the AP asked Bennett about Carson's comments, the campaign
 * manager said he needed ...": the content of "asked" ends at the comma,
 * and "said" gets its own).  And those no skip runs over
 * (CG_PAT_PARTICIPLE_BREAK): one right before a participle cue. */
static void
mark_clause_breaks (Run *r)
{
  for (guint c = 0; c < r->n_cue_cand; c++)
    {
      guint j = r->cue_cand[c];
      CgPatToken *t = TOK (r, j);
      if (!(r->tf[j] & TF_CUE) || is_cap (t) || j < 2u + t->cue_pre)
        continue;
      /* (a scan for the comma first, the noun phrase only then: most
       * cues have none close before them) */
      guint g = j - t->cue_pre, k = g, s;
      /* "Hayek confirmed she had been and said, "..."", "The president
       * noted that he taught constitutional law, and added: "...": a
       * word of extract.rules [cue-joiners] right before an inflected
       * cue verb opens the speaker's second attribution, so no skip of
       * the first cue's pattern runs over it to take the second one's
       * quotation (CG_PAT_PARTICIPLE_BREAK, which stops skips only) */
      if (tok_is (r, g - 1, L_CUE_JOIN))
        {
          const char *jb = rule_base (r, t->cue);
          if (jb && strcmp (jb, "no") == 0)
            TOK (r, g - 1)->flags |= CG_PAT_PARTICIPLE_BREAK;
        }
      while (k > 1 && g - k < r->x->source_max_words && same_unit (r, k - 1, g)
             && !is_char (TOK (r, k - 1)->word, ',') && TOK (r, k - 1)->quote_open < 0
             && TOK (r, k - 1)->quote_close < 0)
        k--;
      if (k == g && k >= 1 && is_char (TOK (r, k - 1)->word, ','))
        {
          /* ', adding, "..."': the comma before a participle cue ends
           * the skips of the patterns (CG_PAT_PARTICIPLE_BREAK) */
          const char *b = rule_base (r, t->cue);
          if (b && strcmp (b, "ing") == 0)
            TOK (r, k - 1)->flags |= CG_PAT_PARTICIPLE_BREAK;
          continue;
        }
      /* ('promoted efforts to "defund the police," NBC scoffed at ...':
       * the comma inside a quotation's closing mark; the mark is flagged,
       * and content_end() ends the content after it) */
      gboolean in_mark = k >= 3 && TOK (r, k - 1)->quote_close >= 0 && is_char (TOK (r, k - 2)->word, ',')
                         && same_unit (r, k - 1, g);
      if (k < 2 || (!in_mark && (!is_char (TOK (r, k - 1)->word, ',') || !same_unit (r, k - 1, g))))
        continue;
      if (!is_word (TOK (r, k)) || tok_is (r, k, L_RELATIVE) || !np_back (r, g, &s) || s != k)
        continue;
      const char *b = rule_base (r, t->cue);
      if (b && strcmp (b, "no") != 0)
        continue;
      TOK (r, s - 1)->flags |= CG_PAT_CLAUSE_BREAK;
    }
}

/* Whether token I is the dot of an abbreviated title ("Sen", ".") that the
 * tokenizer split off. */
static gboolean
title_dot (Run *r, guint i)
{
  if (i == 0 || !is_char (TOK (r, i)->word, '.') || !same_unit (r, i - 1, i)
      || TOK (r, i - 1)->end != TOK (r, i)->start || !is_word (TOK (r, i - 1)))
    return FALSE;
  /* the word and its dot, cut at 31 bytes as g_snprintf () into 32 would
   * cut it (no title is that long) */
  char buf[32];
  const char *w = TOK (r, i - 1)->word;
  gsize n = strlen (w);
  if (n > 31)
    n = 31;
  memcpy (buf, w, n);
  if (n < 31)
    buf[n++] = '.';
  buf[n] = '\0';
  return word_is (r->x, buf, L_TITLE);
}

/* Whether token T reads as a plural noun: "-s" ("officials", "critics"),
 * or a word of extract.rules [plurals] ("people", "police"). */
static gboolean
tok_mass (const Run *r, guint i);

static gboolean
is_plural (Run *r, const CgPatToken *t)
{
  return (ends_with (t->word, "s") && strlen (t->word) > 3)
         || (tword_is (r, t, L_PLURAL) && !tok_mass (r, (guint) (t - (const CgPatToken *) (const void *) r->toks->data)));
}

static gboolean
is_quantity (Run *r, const CgPatToken *t)
{
  if ((t->flags & CG_TOKEN_NUMBER) || tword_is (r, t, L_QUANTITY))
    return TRUE;
  /* "three-quarters of the voters", "two-thirds" */
  const char *h = strrchr (t->word, '-');
  return h && h > t->word && word_is (r->x, h + 1, L_QUANTITY);
}

static gboolean describes (Run *r, guint i);
static gboolean opening_describes (Run *r, guint i);
static gboolean person_elsewhere (Run *r, guint i);

/* Whether the token at I is a slash joining two capitalized words with no
 * blank around it: "a New York Times/CBS News survey", "A CNN/WMUR poll"
 * name one speaker. */
static gboolean
slash_join (Run *r, guint i)
{
  if (i == 0 || i + 1 >= r->toks->len || !is_char (TOK (r, i)->word, '/'))
    return FALSE;
  const CgPatToken *a = TOK (r, i - 1), *t = TOK (r, i), *b = TOK (r, i + 1);
  return a->end == t->start && t->end == b->start && is_cap (a) && is_cap (b) && same_unit (r, i - 1, i + 1);
}

/* Whether the word of extract.rules [name-joiners] at J, between two
 * capitalized words, joins one name: always, unless it says
 * after-joiner=yes ("and"), which joins only a name whose capitalized
 * words before it follow another joiner after a capitalized word, "the
 * Organization for Economic Cooperation and Development", "the Center
 * for Economic and Policy Research" (not "Trump and Cruz"). */
static gboolean
name_join_ok (Run *r, guint j)
{
  const Entry *e = tok_entry (r, j, L_NAME_JOIN);
  if (e == NULL || !cg_rule_attr (e->rule, "after-joiner"))
    return TRUE;
  guint k = j;
  while (k > 0 && same_unit (r, k - 1, j) && is_word (TOK (r, k - 1)) && is_cap (TOK (r, k - 1)))
    k--;
  if (k == j || k < 2 || !same_unit (r, k - 2, j) || !is_cap (TOK (r, k - 2)))
    return FALSE;
  const Entry *before = tok_entry (r, k - 1, L_NAME_JOIN);
  return before != NULL && !cg_rule_attr (before->rule, "after-joiner");
}

/* Whether token I is a word of extract.rules [source-prepositions] with
 * no title=yes: the other tests that read the list ("People briefed on
 * the situation", "chief executive of CloudFlare") know nothing of
 * titles, and "to" there would join "headlines led to some advertisers". */
static gboolean
title_prep (const Run *r, guint i)
{
  for (guint k = 0; k < r->x->title_preps->len; k++)
    if (g_ascii_strcasecmp (TOK (r, i)->word, g_ptr_array_index (r->x->title_preps, k)) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
plain_source_prep (const Run *r, guint i)
{
  return tok_is (r, i, L_SOURCE_PREP) && !title_prep (r, i);
}

/* Whether the preposition of extract.rules [source-prepositions] before
 * the complement starting at S may join it to the head before: one saying
 * title=yes only after a title and before a name or a determiner ("Aides
 * to Clinton", "a national security adviser to his campaign"; not an
 * infinitive, "some Republican senators to reconsider calling
 * witnesses"). */
static gboolean
title_prep_ok (Run *r, guint s)
{
  return !title_prep (r, s - 1)
         || (tok_title (r, TOK (r, s - 2)) && (is_cap (TOK (r, s)) || tword_is (r, TOK (r, s), L_DET)));
}

static gboolean np_back_via (Run *r, guint end, guint *start, gboolean *via);
static gboolean opener_comma (Run *r, guint c);

/* A noun phrase ending just before END: [*START, END).  Lowercase words
 * join a capitalized head only as titles ("Former CIA director William J.
 * Burns"); a lowercase head takes up to three modifiers and its determiner
 * ("two federal agencies", "the Mueller report"). */
static gboolean
np_back (Run *r, guint end, guint *start)
{
  return np_back_via (r, end, start, NULL);
}

/* np_back(); *VIA (when given) says whether the mention goes on back over
 * a preposition to a head of its own ("Early results of an entrance
 * poll"). */
static gboolean
np_back_via (Run *r, guint end, guint *start, gboolean *via)
{
  const CgExtractor *x = r->x;
  if (via)
    *via = FALSE;
  if (end == 0)
    return FALSE;
  guint h = end - 1;
  const CgPatToken *head = TOK (r, h);
  /* "The report published Tuesday", "A New York Times/CBS News poll
   * conducted last week": a dated participle ends the mention, as PolNeAR
   * marks it */
  for (guint w = 1; w <= 3 && end >= w + 2; w++)
    if (tok_is (r, end - w - 1, L_SOURCE_PART) && dated_participle (r, end - w - 1, end))
      {
        guint xs;
        if (np_back (r, end - w - 1, &xs) && end - xs <= x->source_max_words)
          {
            *start = xs;
            return TRUE;
          }
        break;
      }
  /* a cue verb is no head: "The mayor said" is not a mention */
  /* "42% say": a percentage is a partitive of its own */
  if (is_percent (r, h))
    {
      /* "About 9 percent", "only four percent" */
      guint k = h - 1;
      while (k > 0 && same_unit (r, k - 1, k) && is_word (TOK (r, k - 1)) && is_quantity (r, TOK (r, k - 1)))
        k--;
      *start = k;
      return TRUE;
    }
  /* "More than six in 10 said", "Nearly nine out of 10 say": a
   * partitive of a number */
  guint out = h >= 3 && strcmp (TOK (r, h - 1)->word, "of") == 0 && strcmp (TOK (r, h - 2)->word, "out") == 0;
  if (((head->flags & CG_TOKEN_NUMBER) || (is_word (head) && !is_cap (head) && is_quantity (r, head)))
      && h >= 2 + out && same_unit (r, h - 2 - out, h)
      && (strcmp (TOK (r, h - 1)->word, "in") == 0 || strcmp (TOK (r, h - 1)->word, "of") == 0)
      && is_quantity (r, TOK (r, h - 2 - out)))
    {
      guint k = h - 2 - out;
      while (k > 0 && same_unit (r, k - 1, k) && (is_quantity (r, TOK (r, k - 1)) || tword_is (r, TOK (r, k - 1), L_DET)))
        k--;
      *start = k;
      return TRUE;
    }
  /* "James B. Comey Jr.": the dot of a title after a name */
  if (h >= 2 && title_dot (r, h) && is_cap (TOK (r, h - 1)) && same_unit (r, h - 2, h) && is_cap (TOK (r, h - 2)))
    return np_back (r, h, start);
  /* "Most of the voters surveyed", "Thirty-one percent of those
   * surveyed": a word of extract.rules [source-participles] after a
   * mention, or after a determiner ending a partitive ("of those"),
   * belongs to it */
  if (is_word (head) && tword_is (r, head, L_SOURCE_PART) && h >= 1 && same_unit (r, h - 1, h) && !dated_only (r, h))
    {
      if (np_back (r, h, start))
        return TRUE;
      if (h >= 3 && tok_is (r, h - 1, L_DET) && strcmp (TOK (r, h - 2)->word, "of") == 0
          && same_unit (r, h - 3, h) && np_back (r, h - 2, start))
        return TRUE;
      return FALSE;
    }
  if (!is_word (head) || head->cue || (head->flags & CG_TOKEN_NUMBER) || tword_is (r, head, L_NOT_SOURCE)
      || tword_is (r, head, L_DET)
      || ends_possessive (head->word) || tword_is (r, head, L_RELATIVE)
      || tword_is (r, head, L_NEGATION) || (!is_cap (head) && tword_is (r, head, L_PREFIX)))
    return FALSE;
  gboolean cap_head = is_cap (head);
  /* "The governor went (after ...)": a singular lowercase word after a
   * title is a verb, not the head of the phrase; but after a title of
   * extract.rules [titles] with modifier=yes it is its noun ("America's
   * top doctor said", "The chief executive said") */
  if (!cap_head && h >= 1 && same_unit (r, h - 1, h) && is_word (TOK (r, h - 1)) && !is_cap (TOK (r, h - 1))
      && tok_title (r, TOK (r, h - 1)) && !tok_title (r, head) && !ends_with (head->word, "s"))
    {
      const Entry *mod = tok_entry (r, h - 1, L_TITLE);
      if (!(mod && g_strcmp0 (cg_rule_attr (mod->rule, "modifier"), "yes") == 0))
        return FALSE;
    }
  /* "the first leaked (emails were released)": a participle, no noun */
  if (!cap_head && h >= 2 && ends_with (head->word, "ed") && !tword_is (r, TOK (r, h - 1), L_DET))
    return FALSE;
  /* "the White House recently backed off (demands to include money)": a
   * particle of extract.rules [verb-particles] after a past tense ends a
   * verb phrase, and the cue word after it is a noun */
  if (!cap_head && h >= 1 && same_unit (r, h - 1, h) && ends_with (TOK (r, h - 1)->word, "ed")
      && g_hash_table_contains (x->verb_particles, head->word))
    return FALSE;
  /* "Repeatedly praises ...": a sentence-initial adverb is no speaker;
   * but "Jolly said ..." is, where the article names Jolly in full */
  if (cap_head && ends_with (head->word, "ly") && !person_elsewhere (r, h))
    {
      guint k = h;
      while (k > 0 && same_unit (r, k - 1, h) && !is_word (TOK (r, k - 1)))
        k--;
      if (k == 0 || !same_unit (r, k - 1, h) || (k < h && TOK (r, h - 1)->word[0] == ':'))
        return FALSE;
    }
  guint s = h, lower = 0, count = 1;
  while (s > 0 && same_unit (r, s - 1, s) && count < x->source_max_words)
    {
      const CgPatToken *t = TOK (r, s - 1);
      if (title_dot (r, s - 1))
        {
          s -= 2;
          count++;
          continue;
        }
      /* "Seventy-four percent of Democratic voters", "Nine in 10 voters" */
      if ((strcmp (t->word, "of") == 0 || strcmp (t->word, "in") == 0) && s >= 2 && same_unit (r, s - 2, s)
          && is_quantity (r, TOK (r, s - 2)))
        {
          s -= 2;
          /* ("a 69% majority of Republicans") */
          while (s > 0 && same_unit (r, s - 1, s) && (is_quantity (r, TOK (r, s - 1)) || is_percent (r, s - 1)
                                                      || tword_is (r, TOK (r, s - 1), L_DET)))
            s--;
          /* "A strong majority of Democratic primary voters", "a growing
           * number of senators": one or two lowercase modifiers of the
           * quantity after a determiner */
          if (!tword_is (r, TOK (r, s), L_DET))
            {
              guint k = s;
              while (k > 0 && s - k < 2 && same_unit (r, k - 1, s) && is_word (TOK (r, k - 1))
                     && !is_cap (TOK (r, k - 1)) && !TOK (r, k - 1)->cue && !tword_is (r, TOK (r, k - 1), L_NOT_SOURCE)
                     && !tword_is (r, TOK (r, k - 1), L_DET) && !ends_possessive (TOK (r, k - 1)->word))
                k--;
              if (k < s && k > 0 && same_unit (r, k - 1, s) && tword_is (r, TOK (r, k - 1), L_DET)
                  && !tword_is (r, TOK (r, k - 1), L_NEGATION))
                s = k - 1;
            }
          break;
        }
      /* "Sanders' campaign manager": the apostrophe of a possessor
       * ending in s is a token of its own */
      if (is_apostrophe (t) && s >= 2 && same_unit (r, s - 2, s) && TOK (r, s - 2)->end == t->start
          && t->end < TOK (r, s)->start && is_word (TOK (r, s - 2)) && ends_with (TOK (r, s - 2)->word, "s"))
        {
          s -= 2;
          count++;
          continue;
        }
      if (t->word[0] == '/' && slash_join (r, s - 1))
        {
          s -= 2;
          count += 2;
          continue;
        }
      if (!is_word (t))
        {
          if (t->flags & CG_TOKEN_NUMBER)
            s--;
          break;
        }
      if (tword_is (r, t, L_DET))
        {
          s--;
          /* "The two voters", "all the attendees" */
          for (guint k = 0; k < 2 && s > 0 && same_unit (r, s - 1, s) && is_word (TOK (r, s - 1))
                            && tword_is (r, TOK (r, s - 1), L_DET) && !tword_is (r, TOK (r, s - 1), L_NEGATION);
               k++)
            s--;
          /* "The Kiel Institute for the World Economy": the name goes on
           * over "for the", "of the" between capitalized words. */
          if (cap_head && s >= 2 && is_cap (TOK (r, s + 1)) && same_unit (r, s - 2, s)
              && tword_is (r, TOK (r, s - 1), L_NAME_JOIN) && is_cap (TOK (r, s - 2)) && name_join_ok (r, s - 1)
              && count + 2 < x->source_max_words)
            {
              s -= 2;
              count += 2;
              continue;
            }
          /* "One of his advisers" */
          if (s >= 2 && (strcmp (TOK (r, s - 1)->word, "of") == 0) && same_unit (r, s - 2, s)
              && is_quantity (r, TOK (r, s - 2)))
            {
              s -= 2;
              /* (and the quantity's own words: "A majority of her
               * backers", "a 69% majority of Republicans") */
              while (s > 0 && same_unit (r, s - 1, s) && (is_quantity (r, TOK (r, s - 1)) || is_percent (r, s - 1)
                                                          || tword_is (r, TOK (r, s - 1), L_DET))
                     && !tword_is (r, TOK (r, s - 1), L_NEGATION) && h + 1 - s < x->source_max_words)
                s--;
            }
          break;
        }
      if (tword_is (r, t, L_NAME_JOIN) && s >= 2 && is_cap (TOK (r, s)) && is_cap (TOK (r, s - 2))
          && same_unit (r, s - 2, s) && name_join_ok (r, s - 1))
        {
          s--;
          count++;
          continue;
        }
      /* "de Blasio said": a particle of names.rules [particles] before a
       * capitalized word is part of the name, with or without a given
       * name before it */
      /* ("Ludovine de la Rochère": one particle before another) */
      if (cap_head && is_word (t) && !is_cap (t) && g_hash_table_contains (x->name_particles, t->word)
          && (is_cap (TOK (r, s)) || g_hash_table_contains (x->name_particles, TOK (r, s)->word)))
        {
          s--;
          count++;
          continue;
        }
      if (cap_head && time_word_before (r, s))
        {
          /* ("January 23 Russell Brand": the day goes with it) */
          while (s < h && (TOK (r, s)->flags & CG_TOKEN_NUMBER))
            s++;
          break;
        }
      if (tword_is (r, t, L_NOT_SOURCE))
        break;
      if (is_cap (t) || (t->flags & CG_TOKEN_NUMBER))
        ;
      else if (tok_title (r, t))
        ;
      else if (!cap_head && lower < 3 && !t->cue)
        lower++;
      else if (cap_head && (is_cap (TOK (r, s)) || tok_title (r, TOK (r, s))))
        {
          /* "Republican presidential front-runner Donald Trump", "former
           * tech executive Carly Fiorina": lowercase words between a name
           * and a capitalized word or title before them, or the sentence
           * start, are its description; so are they before the name's
           * title ("Republican presidential candidate Donald Trump") */
          guint k = s, run = 0;
          while (run < 3 && k > 0 && same_unit (r, k - 1, s))
            {
              const CgPatToken *u = TOK (r, k - 1);
              if (!is_word (u) || is_cap (u) || u->cue || tword_is (r, u, L_NOT_SOURCE)
                  || tword_is (r, u, L_DET) || ends_with (u->word, "ly") || tword_is (r, u, L_PRON)
                  || tword_is (r, u, L_HEDGE))
                break;
              k--;
              run++;
              if (tok_title (r, u))
                break;
            }
          if (run == 0)
            break;
          if (!tok_title (r, TOK (r, k)) && k > 0 && same_unit (r, k - 1, k)
              /* '"...," political scientist Christopher Wlezien told': after
               * a quotation and its comma, as at the sentence start */
              && !(TOK (r, k - 1)->quote_close >= 0
                   || (k >= 2 && is_char (TOK (r, k - 1)->word, ',') && TOK (r, k - 2)->quote_close >= 0))
              /* (and after the comma of a phrase opening the sentence:
               * "During the two-hour service, assistant pastor Charles
               * Elliott III asked") */
              && !opener_comma (r, k - 1))
            {
              const CgPatToken *u = TOK (r, k - 1);
              /* "A teary-eyed Bush says", "A super PAC supporting ...": a
               * determiner opening the sentence before them */
              /* (not before a title: "A bullish new President" is the
               * president, whom resolve finds from "President") */
              if (is_word (u) && tword_is (r, u, L_DET) && !u->cue && !tword_is (r, u, L_NEGATION)
                  && !tok_title (r, head)
                  && (k - 1 == 0 || !same_unit (r, k - 2, k - 1) || opener_comma (r, k - 2)))
                {
                  count += s - k + 1;
                  s = k - 1;
                  break;
                }
              if (!is_word (u) || !(is_cap (u) || tok_title (r, u)) || tword_is (r, u, L_NOT_SOURCE)
                  || tword_is (r, u, L_DET) || u->cue)
                break;
            }
          count += s - k;
          s = k;
          continue;
        }
      else
        break;
      s--;
      count++;
    }
  /* A capitalized first word of a sentence that is a lone function word was
   * stopped above; "of" must not start a mention. */
  while (s < h && strcmp (TOK (r, s)->word, "of") == 0)
    s++;
  /* "Several supporters of reform", "a spokesperson for the Parks
   * Department": a lowercase noun phrase opened by a determiner, before a
   * preposition of extract.rules [source-prepositions], is the head. */
  /* So is a lone title or plural that opens the sentence or clause:
   * "Aides to Clinton", "officials with the Democratic Congressional
   * Campaign Committee", "Majorities in many European countries". */
  guint xs;
  gboolean via_prep = FALSE, inner = FALSE;
  while (s >= 3 && same_unit (r, s - 2, s) && tword_is (r, TOK (r, s - 1), L_SOURCE_PREP)
      && is_word (TOK (r, s - 2)) && !tword_is (r, TOK (r, s - 2), L_DET)
      && (!is_cap (TOK (r, s - 2)) || s - 2 == 0 || !same_unit (r, s - 3, s - 2))
      && title_prep_ok (r, s) && np_back_via (r, s - 1, &xs, &inner) && xs <= s - 2 && (h + 1 - xs) <= x->source_max_words)
    {
      const CgPatToken *hd = TOK (r, s - 2);
      /* (verbs=no: before it, an -ing word is a verb, no head, "his
       * outsider bona fides in a commercial running on Iowa TV"; so is an
       * -s word after a lowercase word other than a determiner (or any
       * opening the sentence), "The outcome depends on the interplay of
       * two men who see ...") */
      const Entry *pe = tok_entry (r, s - 1, L_SOURCE_PREP);
      if (pe && g_strcmp0 (cg_rule_attr (pe->rule, "verbs"), "no") == 0 && !is_cap (hd)
          && (ends_with (hd->word, "ing")
              || (ends_with (hd->word, "s") && is_word (TOK (r, s - 3)) && !tword_is (r, TOK (r, s - 3), L_DET)
                  && (!is_cap (TOK (r, s - 3)) || s == 3 || !same_unit (r, s - 4, s - 3)))))
        break;
      /* (and the mention must open its clause: not a verb's object,
       * "shining a spotlight on Obama's previous promise", "dive off a
       * cliff on Obamacare GOP senators") */
      if (pe && g_strcmp0 (cg_rule_attr (pe->rule, "verbs"), "no") == 0 && xs > 0 && same_unit (r, xs - 1, xs)
          && is_word (TOK (r, xs - 1)) && !tok_is (r, xs - 1, L_BREAK) && !tok_is (r, xs - 1, L_SUBORD))
        break;
      gboolean owner = FALSE;  /* a possessor: "Mrs. Obama's chief of staff" */
      for (guint i = xs; i < s - 2 && !owner; i++)
        owner = ends_possessive (TOK (r, i)->word);
      /* (a head that has a complement of its own was taken by the same
       * test: "Early results of an entrance poll of Nevada caucus-goers") */
      if ((xs < s - 2 && (tword_is (r, TOK (r, xs), L_DET) || is_quantity (r, TOK (r, xs)) || owner || inner))
          || ((tok_title (r, hd) || is_plural (r, hd)) && !hd->cue
              && (xs == 0 || !same_unit (r, xs - 1, xs) || tword_is (r, TOK (r, xs - 1), L_BREAK)
                  || (!is_word (TOK (r, xs - 1)) && !is_char (TOK (r, xs - 1)->word, '.')
                      /* not an appositive title: "Lapp, executive director of ..." */
                      && !(is_char (TOK (r, xs - 1)->word, ',') && tok_title (r, hd)
                           && !ends_with (hd->word, "s"))))))
        {
          /* "Early results of an entrance poll of Nevada caucus-goers":
           * the head may have a complement of its own */
          s = xs;
          via_prep = TRUE;
          continue;
        }
      break;
    }
  /* "People briefed on the situation", "Exit polls taken in South
   * Carolina": a participle between a plural or title opening the clause
   * and its complement */
  /* (capitalized as the sentence's first word: "People briefed on the
   * move said", "Research conducted for the Women's Media Center showed") */
  if (s >= 3 && same_unit (r, s - 3, s) && plain_source_prep (r, s - 1)
      && is_word (TOK (r, s - 2)) && !is_cap (TOK (r, s - 2)) && !TOK (r, s - 2)->cue
      && (ends_with (TOK (r, s - 2)->word, "ed") || ends_with (TOK (r, s - 2)->word, "en"))
      /* ("Much depends then on the interplay of two men who see": no
       * participle) */
      && !tword_is (r, TOK (r, s - 2), L_NOT_SOURCE)
      && (describes (r, s - 3) || opening_describes (r, s - 3)) && np_back (r, s - 2, &xs) && (h + 1 - xs) <= x->source_max_words
      && (xs == 0 || !same_unit (r, xs - 1, xs) || tword_is (r, TOK (r, xs - 1), L_BREAK)
          || (!is_word (TOK (r, xs - 1)) && !is_char (TOK (r, xs - 1)->word, '.'))))
    {
      s = xs;
      via_prep = TRUE;
    }
  /* A lowercase head without a determiner must look like a speaker:
   * a title ("spokesman"), a plural ("officials", "critics") or a mass
   * noun of evidence ("Exit polling", "New research"); a possessor is a
   * determiner ("Powell's office"). */
  /* ("Twenty-four percent": a number word before a quantity head) */
  if (!cap_head && !via_prep && !tword_is (r, TOK (r, s), L_DET) && !(TOK (r, s)->flags & CG_TOKEN_NUMBER)
      && !(s < h && ends_possessive (TOK (r, s)->word))
      && !(s < h && is_quantity (r, head) && is_quantity (r, TOK (r, s)))
      && !tword_is (r, head, L_TITLE) && !is_plural (r, head) && !tok_mass (r, h))
    {
      /* "In February America's surgeon-general tweeted that ...": one
       * capitalized word after a word of [not-source] opening the
       * sentence ("In", "After") and before a capitalized possessor is
       * that word's object; the mention starts at the possessor (not
       * "... that Tucker Carlson's audience") */
      if (!(s > 0 && s + 1 < h && same_unit (r, s - 1, s) && is_word (TOK (r, s - 1))
            && (s == 1 || !same_unit (r, s - 2, s - 1))
            && tword_is (r, TOK (r, s - 1), L_NOT_SOURCE) && is_cap (TOK (r, s)) && !ends_possessive (TOK (r, s)->word)
            && is_cap (TOK (r, s + 1)) && ends_possessive (TOK (r, s + 1)->word)))
        return FALSE;
      s++;
    }
  /* "About three-quarters", "only 50 percent": quantity words before a
   * quantity */
  if (is_quantity (r, TOK (r, s)))
    while (s > 0 && same_unit (r, s - 1, s) && is_word (TOK (r, s - 1)) && is_quantity (r, TOK (r, s - 1))
           && h + 1 - s < x->source_max_words)
      s--;
  if (via)
    *via = via_prep;
  *start = s;
  return TRUE;
}

/* A noun phrase starting at START: [START, *END). */
static gboolean
np_fwd (Run *r, guint start, guint *end)
{
  const CgExtractor *x = r->x;
  guint n = r->toks->len, e = start, count = 0, lower = 0;
  gboolean det = FALSE;
  if (start >= n)
    return FALSE;
  const CgPatToken *t0 = TOK (r, start);
  if (!is_word (t0) && !(t0->flags & CG_TOKEN_NUMBER))
    return FALSE;
  if (tword_is (r, t0, L_PRON) && !tword_is (r, t0, L_RELATIVE) && !tword_is (r, t0, L_DET))
    {
      *end = start + 1;
      return TRUE;
    }
  if (tword_is (r, t0, L_DET) || (t0->flags & CG_TOKEN_NUMBER))
    {
      det = TRUE;
      e++;
    }
  guint last_head = NONE;
  /* "according to early returns", "multiple sources familiar with ...":
   * with no determiner, a run of lowercase words is a mention up to its
   * last plural ([plurals] or -s), its head */
  gboolean all_lower = !det && !is_cap (t0) && !tok_title (r, t0);
  while (e < n && (e == start || same_unit (r, e - 1, e)) && count < x->source_max_words)
    {
      const CgPatToken *t = TOK (r, e);
      if (title_dot (r, e) && e + 1 < n && same_unit (r, e, e + 1) && is_cap (TOK (r, e + 1)))
        {
          e++;
          continue;
        }
      /* "C. Stewart Verdery Jr., a senior homeland security official":
       * the dot of a title word ending a name, before punctuation, ends
       * the name with it */
      if (e >= start + 2 && title_dot (r, e) && is_cap (TOK (r, e - 1)) && is_cap (TOK (r, e - 2))
          && e + 1 < n && same_unit (r, e, e + 1) && !is_word (TOK (r, e + 1)))
        {
          last_head = e;
          break;
        }
      if (e > start && t->word[0] == '/' && slash_join (r, e))
        {
          e++;
          count++;
          continue;
        }
      if (!is_word (t))
        break;
      /* "The billionaire businessman began ...": a lowercase word of
       * extract.rules [noun-phrase-ends] (auxiliaries, verbs) ends it */
      if (e > start && !is_cap (t) && tword_is (r, t, L_NP_END))
        break;
      if (strcmp (t->word, "of") == 0 && e + 1 < n && is_cap (TOK (r, e + 1)) && last_head != NONE
          && is_cap (TOK (r, last_head)))
        {
          e++;
          count++;
          continue;
        }
      /* "according to FEC records.", "Federal Election Commission
       * filings": a plural after a name, ending the phrase before
       * punctuation, is its head (a cue word too) */
      if (e > start && last_head == e - 1 && is_cap (TOK (r, e - 1)) && ends_with (t->word, "s") && !is_cap (t)
          && strlen (t->word) > 3 && !tword_is (r, t, L_NOT_SOURCE)
          && (e + 1 >= n || !same_unit (r, e, e + 1) || !is_word (TOK (r, e + 1))))
        {
          last_head = e;
          break;
        }
      if (tword_is (r, t, L_NOT_SOURCE) || t->cue)
        break;
      if (is_cap (t) || tok_title (r, t))
        all_lower = FALSE;
      /* "The governor went after ...": a title heads the phrase, a
       * lowercase word after it is no longer part of it */
      else if ((det || last_head == NONE || all_lower) && lower < 3 && !ends_with (t->word, "ed")
               && (det || last_head == NONE || !is_cap (TOK (r, last_head)))
               && (last_head == NONE || !tok_title (r, TOK (r, last_head))))
        lower++;
      else
        {
          /* "Clinton's top foreign policy aide Jake Sullivan": lowercase
           * words before a title or a name describe it */
          guint k = e;
          while (k < n && k - e < 3 && same_unit (r, k - 1, k) && is_word (TOK (r, k)) && !is_cap (TOK (r, k))
                 && !tok_title (r, TOK (r, k)) && !TOK (r, k)->cue && !tword_is (r, TOK (r, k), L_NOT_SOURCE)
                 && !ends_with (TOK (r, k)->word, "ed"))
            k++;
          if (k == e || k >= n || !same_unit (r, k - 1, k) || !is_word (TOK (r, k)) || TOK (r, k)->cue
              || tword_is (r, TOK (r, k), L_NOT_SOURCE)
              || !(is_cap (TOK (r, k)) || tok_title (r, TOK (r, k))))
            break;
          count += k - e;
          e = k;
          continue;
        }
      last_head = e;
      e++;
      count++;
    }
  if (all_lower && last_head != NONE && last_head > start)
    {
      while (last_head > start && !is_plural (r, TOK (r, last_head)))
        last_head--;
      if (!is_plural (r, TOK (r, last_head)))
        return FALSE;
    }
  /* "said matter-of-factly": a lone lowercase word must look like a
   * speaker, a title or a plural ("said officials") */
  if (!det && last_head == start && !is_cap (t0) && !tok_title (r, t0)
      && !is_plural (r, t0))
    return FALSE;
  if (last_head == NONE)
    {
      /* '"Anybody but Trump," read one.' */
      if (det && tword_is (r, t0, L_PRON))
        {
          *end = start + 1;
          return TRUE;
        }
      return FALSE;
    }
  e = last_head + 1;
  /* An appositive: "Dmitry Peskov, a Kremlin spokesman" */
  if (e + 2 < n && is_char (TOK (r, e)->word, ',') && same_unit (r, e, e + 1)
      && (tword_is (r, TOK (r, e + 1), L_DET) || tword_is (r, TOK (r, e + 1), L_TITLE)))
    {
      /* up to the next punctuation: "Doug Schoen, a former adviser and pollster to Mr. Clinton" */
      guint a = e + 1, last = NONE;
      while (a < n && same_unit (r, a - 1, a) && count < x->source_max_words
             && (is_word (TOK (r, a)) || title_dot (r, a)) && !TOK (r, a)->cue)
        {
          last = a++;
          count++;
        }
      /* (not when the count ran out at a title's dot: "a former chairman
       * of Mr. Obama's Council of Economic Advisers who ..." goes on) */
      if (last != NONE && last > e + 1 && (a >= n || !same_unit (r, a - 1, a)
                                           || (!is_word (TOK (r, a)) && !TOK (r, a)->cue && !title_dot (r, a))))
        e = last + 1;
    }
  *end = e;
  return TRUE;
}

static gboolean source_back_scan (Run *r, guint end, guint *start, guint *mention_end);
static gboolean cue_attr_lists (const CgRule *cue, const char *attr, const char *word);
static gboolean cues_in_relative (Run *r, guint a, guint b);
static gboolean party_state (Run *r, const CgPatToken *t);
static gboolean speech_relative (Run *r, guint k);

/* Whether token I is a lowercase title or plural noun, a word a speaker's
 * description ends in ("presidential hopefuls", "the mayor"). */
static gboolean
describes (Run *r, guint i)
{
  const CgPatToken *t = TOK (r, i);
  return is_word (t) && !is_cap (t) && !t->cue
         && (tok_title (r, t) || is_plural (r, t));
}

/* describes() for the capitalized first word of a sentence ("People",
 * "Officials"), or a mass noun there ("Research"): a lowercase word
 * anywhere else. */
static gboolean
opening_describes (Run *r, guint i)
{
  const CgPatToken *t = TOK (r, i);
  return is_word (t) && is_cap (t) && !t->cue && (i == 0 || !same_unit (r, i - 1, i))
         && (tok_title (r, t) || is_plural (r, t) || tok_mass (r, i));
}

/* np_back, also over a parenthesis after the name: "Sen. Rob Portman (R-Ohio)". */
static gboolean
np_back_paren (Run *r, guint end, guint *start)
{
  /* (also "Sen. Chris Murphy (a Connecticut Democrat so boyish he has
   * been mistaken for a junior staffer) says") */
  if (end >= 3 && is_char (TOK (r, end - 1)->word, ')'))
    for (guint k = end - 2; k > 0 && end - k <= r->x->source_max_words && same_unit (r, k, end - 1); k--)
      if (is_char (TOK (r, k)->word, '('))
        return np_back (r, k, start);
  return np_back (r, end, start);
}

/* "Clinton, during a town hall meeting in Columbus, Ohio, said", "Trump,
 * speaking at a rally in Wilmington, N.C., warned": a mention [S, ME)
 * ending at the comma before the cue group at END, right after a
 * lowercase word that is no determiner (a preposition or a verb: S is its
 * object), inside an aside opened after a comma by a word of extract.rules
 * [aside-openers] or an -ing form, after a noun phrase opening the
 * sentence or a clause: that noun phrase is the speaker, as PolNeAR marks
 * it.  Gives its start and end, or FALSE. */
static gboolean
aside_subject (Run *r, guint s, guint me, guint end, guint *start, guint *mention_end)
{
  const CgExtractor *x = r->x;
  if (s < 4 || me + 1 != end || !is_char (TOK (r, me)->word, ',')
      || !same_unit (r, s - 1, s) || !is_word (TOK (r, s - 1)) || is_cap (TOK (r, s - 1))
      || tok_is (r, s - 1, L_DET) || tok_is (r, s - 1, L_BREAK) || tok_is (r, s - 1, L_COORD))
    return FALSE;
  guint c = s - 1;
  while (c > 0 && s - c <= x->source_max_words && same_unit (r, c - 1, c) && !is_char (TOK (r, c - 1)->word, ','))
    {
      const CgPatToken *u = TOK (r, c - 1);
      if (u->quote_open >= 0 || u->quote_close >= 0 || tok_is (r, c - 1, L_BREAK) || tok_is (r, c - 1, L_RELATIVE))
        return FALSE;
      c--;
    }
  /* C is the aside's first word, after its comma */
  if (c < 2 || !is_char (TOK (r, c - 1)->word, ',') || !same_unit (r, c - 2, c - 1) || !is_word (TOK (r, c))
      || is_cap (TOK (r, c)) || !(tok_is (r, c, L_ASIDE_OPENER) || ends_with (TOK (r, c)->word, "ing")))
    return FALSE;
  guint nb = c - 1, bs;
  /* "Cory James, 22, of Flint, Mich., said": an age before the aside */
  if ((TOK (r, nb - 1)->flags & CG_TOKEN_NUMBER) && nb >= 3 && is_char (TOK (r, nb - 2)->word, ',')
      && same_unit (r, nb - 3, nb))
    nb -= 2;
  if (!is_word (TOK (r, nb - 1)) && !is_char (TOK (r, nb - 1)->word, ')'))
    return FALSE;
  if (!np_back_paren (r, nb, &bs) || bs >= nb)
    return FALSE;
  if (!(bs == 0 || !same_unit (r, bs - 1, bs) || !is_word (TOK (r, bs - 1)) || tok_is (r, bs - 1, L_BREAK)))
    return FALSE;
  *start = bs;
  *mention_end = nb;
  return TRUE;
}

/* Every pattern anchored on a cue asks for the mention before it: scan once. */
/* "Vice President Joseph R. Biden Jr., who was to travel to Columbus,
 * Ohio, on Wednesday to promote the new rules, said ...", "Sanders,
 * meanwhile, who sits at zero such endorsements, said ...": an aside of
 * several commas before the comma that precedes the cue, after a noun
 * phrase opening the sentence and ending in a name, a title or a closing
 * parenthesis (END is the cue group's start, the comma before it).  The
 * aside holds no quotation mark and no cue outside a relative clause.
 * Like one aside (source_back_scan), an aside opened by a relative
 * pronoun, a determiner or a title is part of the mention, another
 * leaves the name alone. */
static gboolean
long_aside (Run *r, guint end, guint *start, guint *mention_end)
{
  const CgExtractor *x = r->x;
  guint j = end - 1;
  if (end < 4 || !is_char (TOK (r, j)->word, ',') || !same_unit (r, j - 1, j))
    return FALSE;
  /* (not before a participle: "Trump, whose views have upset ..., last
   * year proposed a ban ..., citing fears of terrorism" has a clause of
   * its own before the comma) */
  for (guint i = end; i < r->toks->len && i < end + 6 && same_unit (r, end, i); i++)
    if (TOK (r, i)->cue)
      {
        const char *b = cg_rule_attr (TOK (r, i)->cue, "base");
        if (b && strcmp (b, "ing") == 0)
          return FALSE;
        break;
      }
  guint us = g_array_index (r->unit_start, guint, TOK (r, j)->sentence);
  /* "Nevertheless, Kerry Green, a teacher in Sunnyvale, Tex., ..., said":
   * a one-word opener and its comma come before the noun phrase; a
   * single word is a name only when the article names that person in
   * full elsewhere ("Sanders, meanwhile, who ...") */
  guint np0 = us;
  if (us + 2 < j && is_word (TOK (r, us)) && is_char (TOK (r, us + 1)->word, ',') && !person_elsewhere (r, us))
    np0 = us + 2;
  guint commas = 0;
  for (guint c = j; c > us + 1 && j - c < 2 * x->source_max_words; c--)
    {
      const CgPatToken *u = TOK (r, c - 1);
      if (u->quote_open >= 0 || u->quote_close >= 0)
        return FALSE;
      if (!is_char (u->word, ','))
        continue;
      guint k = c - 1, bs;
      if (++commas < 2 || k < 1)
        continue;
      const CgPatToken *before = TOK (r, k - 1), *first = TOK (r, k + 1);
      if (!(is_cap (before) || is_char (before->word, ')') || (is_word (before) && tok_title (r, before))))
        continue;
      if (!np_back_paren (r, k, &bs) || bs != np0 || (k - bs == 1 && !person_elsewhere (r, bs))
          || !cues_in_relative (r, k + 1, j))
        continue;
      /* (an auxiliary outside a relative clause makes a clause of the
       * words before the comma: "Aaron Alexis, the IT contractor ..., had
       * a history of violent outbursts, had told ...") */
      gboolean rel = FALSE, aux = FALSE;
      for (guint i = k + 1; i < j && !aux; i++)
        {
          rel = (rel && !is_char (TOK (r, i)->word, ',')) || (is_word (TOK (r, i)) && tok_is (r, i, L_RELATIVE));
          aux = !rel && (tok_is (r, i, L_PASSIVE) || (tok_is (r, i, L_PREFIX) && tok_is (r, i, L_NOT_SOURCE)));
        }
      for (guint i = bs; i < k && !aux; i++)
        aux = tok_is (r, i, L_PASSIVE) || (tok_is (r, i, L_PREFIX) && tok_is (r, i, L_NOT_SOURCE));
      if (aux)
        return FALSE;
      *start = bs;
      *mention_end = is_cap (first) || tword_is (r, first, L_RELATIVE) || tword_is (r, first, L_DET)
                     || tword_is (r, first, L_TITLE) || party_state (r, first) ? j : k;
      return TRUE;
    }
  return FALSE;
}

/* The start of the quantity phrase that ends with a mention starting at S:
 * "more than half of white women", "as many as 40 percent of Clinton
 * voters", "Less than a third", "Nearly a third".  Before a mention opened
 * by a quantity (or by a determiner and a quantity, "a third"), a phrase of
 * extract.rules [quantity-comparatives] belongs to it, and so do words of
 * [quantities] before "a third" (a quantity opening the mention took them
 * in np_back()); PolNeAR marks the whole phrase.  S when there is none. */
static guint
quantity_phrase_back (Run *r, guint s)
{
  for (guint round = 0; round < 2; round++)
    {
      /* (the cheap tests first: most mentions follow no word, or open
       * with no quantity) */
      if (s == 0 || !is_word (TOK (r, s - 1)) || !same_unit (r, s - 1, s))
        return s;
      const CgPatToken *t = TOK (r, s);
      gboolean det = FALSE;
      if (!(t->flags & CG_TOKEN_NUMBER))
        {
          if (!is_word (t))
            return s;
          if (tok_is (r, s, L_DET) && !tok_is (r, s, L_QUANTITY))
            {
              det = s + 1 < r->toks->len && same_unit (r, s, s + 1) && is_quantity (r, TOK (r, s + 1))
                    && !tok_is (r, s + 1, L_PASSIVE);
              if (!det)
                return s;
            }
          else if (tok_is (r, s, L_PASSIVE) || !is_quantity (r, t))
            return s;
        }
      guint moved = s, len;
      for (guint k = 3; k >= 1 && moved == s; k--)
        if (s >= k && same_unit (r, s - k, s) && match_entry (r, s - k, s, L_QUANT_COMPARATIVE, &len) && len == k)
          moved = s - k;
      if (moved == s && det)
        while (moved > 0 && same_unit (r, moved - 1, s) && is_word (TOK (r, moved - 1))
               && tok_is (r, moved - 1, L_QUANTITY) && !tok_is (r, moved - 1, L_PASSIVE) && !tok_is (r, moved - 1, L_DET))
          moved--;
      if (moved == s)
        return s;
      s = moved;
    }
  return s;
}

static gboolean source_description (Run *r, guint s, guint e, gboolean cited, const CgSpan *cue);
static gboolean
source_back (gpointer data, guint end, guint *start, guint *mention_end)
{
  Run *r = data;
  guint *m = &r->memo[2 * end];
  guint64 bit = G_GUINT64_CONSTANT (1) << (end & 63);
  if (!(r->memo_set[end / 64] & bit))
    {
      guint s = 0, me = 0, len, ms;
      gboolean ok = placed_subject_back (r, end, &s);
      if (ok)
        me = end;
      else
        ok = source_back_scan (r, end, &s, &me);
      /* "Her campaign workers here said", "Nearly eight in 10 Democratic
       * voters overall said": a word of extract.rules [source-adverbs]
       * between the mention and the cue belongs to neither */
      if (!ok && end >= 2 && tok_is (r, end - 1, L_SOURCE_ADV) && same_unit (r, end - 2, end - 1)
          && is_word (TOK (r, end - 2)) && source_back_scan (r, end - 1, &s, &me))
        ok = TRUE;
      if (!ok && long_aside (r, end, &s, &me))
        ok = TRUE;
      /* "powerful teachers unions who said NCLB punished them", "64
       * percent who say the same": a noun phrase and a word of
       * extract.rules [relative-sources] with no comma between them
       * before a cue of reported speech (speech_relative()), the noun
       * phrase not opening the sentence or a clause (its relative clause
       * would end before the main verb: "voters who say the economy ...
       * were evenly divided"); from_match() makes the pronoun the mention */
      if (!ok && end >= 3 && tok_is (r, end - 1, L_REL_SOURCE) && speech_relative (r, end - 1)
          && same_unit (r, end - 2, end - 1)
          && is_word (TOK (r, end - 2)) && !TOK (r, end - 2)->cue && source_back_scan (r, end - 1, &s, &me)
          && me == end - 1 && s > g_array_index (r->unit_start, guint, TOK (r, s)->sentence)
          && is_word (TOK (r, s - 1)) && !tok_is (r, s - 1, L_SUBORD))
        {
          me = end;
          ok = TRUE;
        }
      /* 'A "former senior U.S. official close to current administration
       * officials" said': a quotation after a determiner that is only a
       * source's description (source_description()) is the mention, as
       * the writer quotes how the speaker was described */
      if (!ok && end >= 3 && TOK (r, end - 1)->quote_close >= 0)
        {
          guint open = g_array_index (r->qs, CgPatQuote, TOK (r, end - 1)->quote_close).open;
          if (open != NONE && open >= 1 && same_unit (r, open - 1, end - 1) && is_word (TOK (r, open - 1))
              && tok_is (r, open - 1, L_DET) && !tok_is (r, open - 1, L_PRON)
              && source_description (r, open - 1, end, FALSE, NULL))
            {
              s = open - 1;
              me = end;
              ok = TRUE;
            }
        }
      guint as, ame;
      if (ok && aside_subject (r, s, me, end, &as, &ame))
        {
          s = as;
          me = ame;
        }
      /* "..., a source close to him said", "people familiar with her
       * thinking say": a noun phrase and a phrase of extract.rules
       * [source-modifiers] before the mention (or the word before the
       * cue) join it, after a comma or opening the sentence */
      guint ps = ok ? s : end - 1;
      if (end >= 1 && ps >= 3 && ps < end && is_word (TOK (r, ps)) && match_entry (r, ps - 2, ps, L_SOURCE_MOD, &len)
          && len == 2 && np_back (r, ps - 2, &ms) && ms < ps - 2
          && (ms == 0 || !same_unit (r, ms - 1, ms) || is_char (TOK (r, ms - 1)->word, ',')))
        {
          s = ms;
          me = ok ? me : end;
          ok = TRUE;
        }
      /* "At least four Democrat U.S. senators", "at least half of
       * voters": a word of extract.rules [not-content-start] and one of
       * [quantity-openers] before a mention opened by a quantity or a
       * determiner belong to it, as PolNeAR marks it */
      if (ok && s >= 2 && same_unit (r, s - 2, s) && tok_is (r, s - 2, L_NOT_CONTENT) && tok_is (r, s - 1, L_QUANT_OPENER)
          && (is_quantity (r, TOK (r, s)) || tok_is (r, s, L_DET)))
        s -= 2;
      if (ok)
        s = quantity_phrase_back (r, s);
      m[0] = ok ? s + 1 : NONE;
      m[1] = me;
      r->memo_set[end / 64] |= bit;
    }
  if (m[0] == NONE)
    {
      /* (run_source_relatives(): "Gov. John Kasich of Ohio, a Republican
       * who has refused to endorse Mr. Trump", the pronoun alone) */
      if (r->rel_mention != 0 && end == r->rel_mention)
        {
          *start = end - 1;
          *mention_end = end;
          return TRUE;
        }
      return FALSE;
    }
  *start = m[0] - 1;
  *mention_end = m[1];
  return TRUE;
}

/* "Crane, Kibbe and other libertarians", "labor unions, environmental
 * groups, and many Democratic lawmakers": the start of a list of noun
 * phrases separated by commas that ends with the one at K (TOK K - 1 is a
 * comma), when the list opens its sentence or clause (after punctuation or
 * a word of [clause-breaks]); NONE otherwise. */
static guint
list_back (Run *r, guint k, guint end)
{
  while (k >= 2 && is_char (TOK (r, k - 1)->word, ',') && same_unit (r, k - 2, k))
    {
      guint b;
      if (!np_back (r, k - 1, &b) || b >= k - 1 || end - b > r->x->source_max_words)
        return NONE;
      k = b;
    }
  if (k == 0 || !same_unit (r, k - 1, k) || tok_is (r, k - 1, L_BREAK)
      || (!is_word (TOK (r, k - 1)) && !is_char (TOK (r, k - 1)->word, ',')))
    return k;
  return NONE;
}

/* Whether T is a party's initial of extract.rules [party-initials], a
 * hyphen and a capitalized state ("R-Ky", "D-N.Y"). */
static gboolean
party_state (Run *r, const CgPatToken *t)
{
  const char *w = t->word;  /* casefolded */
  if (!is_cap (t) || w[0] == '\0' || w[1] != '-' || t->end - t->start < 3 || !g_ascii_isupper (r->text[t->start + 2]))
    return FALSE;
  char initial[2] = { w[0], '\0' };
  return word_is (r->x, initial, L_PARTY_INITIAL);
}

/* Whether every cue in the aside [A, B) comes after a relative pronoun in
 * it: "who said he typically votes democratic", "a Republican who has
 * refused to endorse Mr. Trump" (a relative clause of its own, not the
 * speaker's verb). */
static gboolean
cues_in_relative (Run *r, guint a, guint b)
{
  gboolean rel = FALSE;
  for (guint i = a; i < b; i++)
    {
      rel |= is_word (TOK (r, i)) && tok_is (r, i, L_RELATIVE);
      if (TOK (r, i)->cue && !rel)
        return FALSE;
    }
  return TRUE;
}

/* Whether the words before token END, back to the start of their
 * sentence or clause, describe a person: opened by a word of extract.rules
 * [determiners] and holding no cue, quotation mark or punctuation ("One
 * delegate not on the Cruz slate", "Another delegate on the Cruz slate"
 * before ", Jim Poolman, said"), where np_back() stops at the preposition.
 * Sets *START to its first token. */
static gboolean
description_back (Run *r, guint end, guint *start)
{
  guint s = end;
  while (s > 0 && same_unit (r, s - 1, s) && end - s < r->x->source_max_words)
    {
      const CgPatToken *t = TOK (r, s - 1);
      if (!is_word (t) || t->cue || t->prep || t->quote_open >= 0 || t->quote_close >= 0)
        break;
      s--;
    }
  if (s == end || (s > 0 && same_unit (r, s - 1, s)) || !tok_is (r, s, L_DET))
    return FALSE;
  *start = s;
  return TRUE;
}

/* "Nevada's governor, Brian Sandoval, a Republican, said", "Her father,
 * Brad, 39, worried": a description opening the sentence, before the
 * comma of a name that has an aside of its own, joins the mention
 * [BS, END) as it does without the aside ("One delegate not on the Cruz
 * slate, Kelly Schmdit, told"); PolNeAR's train keeps the description
 * each time such a name opens the source. */
static void
description_name_back (Run *r, guint bs, guint end, guint *start)
{
  guint ds;
  if (bs < 2 || !is_cap (TOK (r, bs)) || !is_char (TOK (r, bs - 1)->word, ',') || !same_unit (r, bs - 2, bs)
      || !is_word (TOK (r, bs - 2)) || is_cap (TOK (r, bs - 2)))
    return;
  if (!(description_back (r, bs - 1, &ds)
        || (np_back (r, bs - 1, &ds) && (ds == 0 || !same_unit (r, ds - 1, ds) || !is_word (TOK (r, ds - 1))))))
    return;
  /* (not after a quotation the sentence did not end at: 'a sign that
   * read "15%!" Her father, Brad, 39, worried' would make the father
   * the speaker of the sign) */
  if ((ds > 0 && (is_char (TOK (r, ds - 1)->word, ',') || TOK (r, ds - 1)->quote_close >= 0)) || end - ds > 2 * r->x->source_max_words)
    return;
  *start = ds;
}

/* Whether token T is a number of digits alone no greater than
 * extract.rules age_max: a person's age after the name ("Khizr Khan, 66,"). */
static gboolean
is_age (Run *r, const CgPatToken *t)
{
  if (!(t->flags & CG_TOKEN_NUMBER) || t->word[0] == '\0' || strlen (t->word) > 3)
    return FALSE;
  for (const char *p = t->word; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return (guint) atoi (t->word) <= r->x->age_max;
}

/* Whether token I, opening its sentence, opens a phrase set before the
 * subject rather than the subject itself ("Speaking to MSNBC's Morning
 * Joe Monday, Bush referred to ...", "Despite his low standing in the
 * polls, Clinton had ...", "Last week, the Clinton campaign ..."): a word
 * of extract.rules [subordinators], [content-prepositions] or
 * [not-content-start], or a capitalized -ing word ("Facing mounting
 * criticism, Mr. Trump ..."), as PolNeAR gives the speaker after the
 * phrase's comma. */
static gboolean
adjunct_opener (Run *r, guint i)
{
  const CgPatToken *t = TOK (r, i);
  if (!is_word (t))
    return FALSE;
  if (tok_is (r, i, L_SUBORD) || tok_is (r, i, L_CONTENT_PREP) || tok_is (r, i, L_NOT_CONTENT))
    return TRUE;
  /* "Shortly after the merger announcement, the families ...", "Early in
   * his campaign, Trump attacked Romney, calling him": an -ly adverb before
   * one of those words (not a given name, "Kelly in") */
  if (i + 1 < r->toks->len && same_unit (r, i, i + 1) && is_cap (t) && strlen (t->word) > 4
      && ends_with (t->word, "ly") && !tok_is (r, i, L_GIVEN) && !tok_title (r, t)
      && (tok_is (r, i + 1, L_SUBORD) || tok_is (r, i + 1, L_CONTENT_PREP) || tok_is (r, i + 1, L_NOT_CONTENT)))
    return TRUE;
  /* (not a name, "Boreing said", "Manning has", "Beijing, ...": the word
   * after such a participle is no cue, auxiliary or punctuation) */
  if (!is_cap (t) || tok_title (r, t) || strlen (t->word) <= 5 || !ends_with (t->word, "ing")
      || i + 1 >= r->toks->len || !same_unit (r, i, i + 1))
    return FALSE;
  const CgPatToken *u = TOK (r, i + 1);
  return is_word (u) && !u->cue && !(r->tf[i + 1] & TF_CUE) && !tok_is (r, i + 1, L_PREFIX);
}

/* Whether the comma at C ends a short phrase opening its sentence: one
 * word ("Still,", "However,") or one opened or closed by a word of
 * extract.rules [not-content-start] ("In Britain,", "On Sunday,"), of at
 * most four tokens; not a list of names ("Sciences, Engineering and
 * Medicine"). */
static gboolean
opening_phrase (Run *r, guint c)
{
  guint us = g_array_index (r->unit_start, guint, TOK (r, c)->sentence);
  if (us >= c || c - us > 4 || !is_word (TOK (r, us)))
    return FALSE;
  for (guint i = us; i < c; i++)
    if (!is_word (TOK (r, i)) && !(TOK (r, i)->flags & CG_TOKEN_NUMBER))
      return FALSE;
  return c - us == 1 || tok_is (r, us, L_NOT_CONTENT) || tok_is (r, c - 1, L_NOT_CONTENT);
}

/* Whether a comma and a word of extract.rules [cue-joiners] come between
 * tokens S and E, before a participle cue at E: "Yet the GOP persists in
 * passing ..., and the blatantly right-wing Supreme Court is poised to
 * hear yet another case, arguing for ...", where the participle belongs
 * to the second clause, not to the sentence's first subject. */
static gboolean
second_clause (Run *r, guint s, guint e)
{
  for (guint i = s; i + 1 < e; i++)
    if (is_char (TOK (r, i)->word, ',') && tok_is (r, i + 1, L_CUE_JOIN))
      return TRUE;
  return FALSE;
}

/* The token after the comma that ends a time phrase at S, before token
 * LIMIT, or S when there is none: two to four words or numbers ending in
 * a word of extract.rules [time-opener-ends] ("a few days later", "two
 * weeks ago"), or a phrase of [source-time-tail] or a word of
 * [time-words], then a comma.  It opens the sentence (or follows a word
 * of [subject-conjunctions]) and says when, not who. */
static guint
time_opener_end (Run *r, guint s, guint limit)
{
  guint c = s;
  while (c < limit && c - s <= 4 && (is_word (TOK (r, c)) || (TOK (r, c)->flags & CG_TOKEN_NUMBER))
         && !is_char (TOK (r, c)->word, ','))
    c++;
  if (c == s || c + 1 >= limit || !is_char (TOK (r, c)->word, ',') || !same_unit (r, s, c))
    return s;
  if ((c - s >= 2 && c - s <= 4 && tok_is (r, c - 1, L_TIME_OPENER_END)) || time_phrase_is (r, s, c))
    return c + 1;
  return s;
}

/* Whether token C is the comma ending a phrase that opens its sentence
 * (opening_phrase(), or one opened by a word of adjunct_opener()), after
 * which a mention starts as at the sentence start. */
static gboolean
opener_comma (Run *r, guint c)
{
  if (c == 0 || !is_char (TOK (r, c)->word, ','))
    return FALSE;
  guint us = g_array_index (r->unit_start, guint, TOK (r, c)->sentence);
  if (us >= c)
    return FALSE;
  /* (its first comma: not "In 1977, Donald asked Freddy ..., an honor
   * Donald said") */
  for (guint i = us; i < c; i++)
    if (is_char (TOK (r, i)->word, ','))
      return FALSE;
  return opening_phrase (r, c) || adjunct_opener (r, us);
}

/* Coordinated speakers: *START, the start of a mention ending at END,
 * moves back over a first mention joined to it by a word of extract.rules
 * [source-coordinators]. */
static void
coordinated_back (Run *r, guint end, guint *start)
{
  const CgExtractor *x = r->x;
  guint s = *start, bs;
  /* "Both Alvarez and Chen said", "He and Brafman told": a capitalized
   * mention after a word of [source-coordinators] takes a pronoun or a
   * capitalized mention before it, when that opens the sentence or
   * follows punctuation (not "Trump beat Cruz and Rubio said"), but not
   * the comma of a list of names ("Sciences, Engineering and Medicine") */
  /* ... and so does a lowercase mention opened by a determiner or
   * possessive, or ending in a title or plural ("Sanders and his aides",
   * "reporters and editors", "The Clinton campaign and some cybersecurity
   * experts"), which takes a pronoun or any noun phrase before it */
  gboolean low2 = s >= 2 && is_word (TOK (r, s))
                  && ((!is_cap (TOK (r, s)) && tok_is (r, s, L_DET)) || describes (r, end - 1));
  /* ("Former Maryland Gov. Martin O'Malley (D) and former Arkansas Gov.
   * Mike Huckabee (R) announced": a name opened by a lowercase word of
   * extract.rules [titles] is a capitalized mention) */
  gboolean cap2 = s >= 2 && is_word (TOK (r, s))
                  && (is_cap (TOK (r, s))
                      || (tok_is (r, s, L_TITLE) && !low2 && (is_cap (TOK (r, end - 1)) || is_char (TOK (r, end - 1)->word, ')'))));
  if (s >= 2 && (cap2 || low2) && tok_is (r, s - 1, L_COORD) && same_unit (r, s - 2, s))
    {
      guint ls = NONE;
      const Entry *co = tok_entry (r, s - 1, L_COORD);
      if (tok_is (r, s - 2, L_PRON) && !tok_is (r, s - 2, L_RELATIVE) && !tok_is (r, s - 2, L_DET))
        ls = s - 2;
      else if (low2 && is_word (TOK (r, s - 2)) && np_back (r, s - 1, &bs))
        ls = bs;
      else if (s >= 3 && is_char (TOK (r, s - 2)->word, ',') && (ls = list_back (r, s - 1, end)) != NONE)
        {
          /* "A, B, and C" */
          *start = ls;
          return;
        }
      else if ((is_cap (TOK (r, s - 2)) || is_char (TOK (r, s - 2)->word, ')')) && np_back_paren (r, s - 1, &bs))
        {
          /* a name, not "The mayor met Ortiz": capitalized words, after
           * a determiner ("the Parks and Recreation Department"), and
           * lowercase ones only in a description ending in a title or a
           * plural ("Trailing contenders Ted Cruz") */
          /* (a word of the coordinator's openers= first: "both the
           * United States and Russia") */
          guint b0 = bs;
          if (co && b0 + 2 < s && cue_attr_lists (co->rule, "openers", TOK (r, b0)->word))
            b0++;
          ls = bs;
          for (guint i = b0; i < s - 1 && ls != NONE; i++)
            if (is_word (TOK (r, i)) ? !is_cap (TOK (r, i)) && !tok_is (r, i, L_NAME_JOIN)
                                         && !(i == b0 && tok_is (r, i, L_DET)) && !describes (r, i)
                                         && !(i + 2 < s && describes (r, i + 1))
                : is_char (TOK (r, i)->word, ','))
              ls = NONE;
        }
      /* "Former Housing and Urban Development Secretary Julian Castro":
       * capitalized words before a title in the second mention name the
       * title's office, whose name "and" is part of; "Speaking of Jim
       * Clyburn and ...": an -ing word before a lowercase one opens a
       * clause, not a name */
      /* (not after a pronoun, which names no office: "He and House
       * Judiciary Committee Chairman Bob Goodlatte (R-Va.) both
       * condemned") */
      gboolean pron_first = ls == s - 2 && tok_is (r, s - 2, L_PRON);
      for (guint i = s + 1; i < end && ls != NONE && !pron_first && is_cap (TOK (r, s)); i++)
        if (is_word (TOK (r, i)) && tok_title (r, TOK (r, i)) && is_cap (TOK (r, i - 1))
            && is_word (TOK (r, i - 1)) && !tok_title (r, TOK (r, i - 1)))
          ls = NONE;
      /* (but "Trailing contenders Ted Cruz and John Kasich": a title or
       * plural after the -ing word is the description of a name) */
      for (guint i = ls; ls != NONE && i + 1 < s - 1; i++)
        if (is_word (TOK (r, i)) && ends_with (TOK (r, i)->word, "ing") && is_word (TOK (r, i + 1))
            && !is_cap (TOK (r, i + 1)) && !(describes (r, i + 1) && i + 2 < s - 1 && is_cap (TOK (r, i + 2))))
          ls = NONE;
      /* "Both the United States and Russia say": a word of the
       * coordinator's openers= before the first mention is part of it */
      if (ls != NONE && ls >= 1 && same_unit (r, ls - 1, ls) && is_word (TOK (r, ls - 1)) && co
          && cue_attr_lists (co->rule, "openers", TOK (r, ls - 1)->word))
        ls--;
      guint l2;
      /* (a pronoun opens no list: "While Merkel deserves credit for taking
       * in one million migrants and refugees, she and European leaders
       * must remember") */
      if (ls != NONE && !pron_first && ls >= 2 && is_char (TOK (r, ls - 1)->word, ',')
          && (l2 = list_back (r, ls, end)) != NONE)
        {
          *start = l2;
          return;
        }
      /* the first mention opens the sentence or a clause: after
       * punctuation or a word of [clause-breaks] ("but", "that"), or of
       * [subordinators] ("As Donald Trump and Sen. Ted Cruz lamented";
       * not a lowercase pair, "As the population ages and health-care
       * costs continue to rise") */
      if (ls != NONE && end - ls <= x->source_max_words
          && (ls == 0 || !same_unit (r, ls - 1, ls) || !is_word (TOK (r, ls - 1))
              || (low2 && tok_is (r, ls - 1, L_BREAK)) || (!low2 && tok_is (r, ls - 1, L_SUBORD)))
          && !(!low2 && ls >= 2 && is_char (TOK (r, ls - 1)->word, ',') && same_unit (r, ls - 2, ls)
               && is_cap (TOK (r, ls - 2)) && !opening_phrase (r, ls - 1)))
        *start = ls;
    }
}

/* "Matthew Prince, chief executive of CloudFlare, a San Francisco
 * company, said": the organization S starts, after a word of
 * extract.rules [source-prepositions], is the complement of a
 * description after a name and its comma, the name opening the sentence
 * or a clause; *START moves back to the name, the whole being the
 * mention, as PolNeAR marks it.  So does a description opened by a
 * determiner right after the name's comma, whose place took a comma of
 * its own: "Dean Johnson, a 55-year-old salesman from Sumter, South
 * Carolina, says". */
static void
title_of_back (Run *r, guint s, guint *start)
{
  if (s < 3 || !same_unit (r, s - 1, s))
    return;
  guint c = s, ns;
  if (plain_source_prep (r, s - 1) && !is_cap (TOK (r, s - 1)))
    {
      c = s - 1;
      while (c > 0 && s - c <= r->x->source_max_words && same_unit (r, c - 1, c))
        {
          const CgPatToken *u = TOK (r, c - 1);
          if (!is_word (u) || u->cue || u->quote_open >= 0 || u->quote_close >= 0)
            break;
          c--;
        }
      if (c + 1 >= s)
        return;
    }
  else if (!(is_char (TOK (r, s - 1)->word, ',') && tok_is (r, s, L_DET)))
    return;
  /* C is the description's first word, after the name's comma */
  if (c < 2 || !is_char (TOK (r, c - 1)->word, ',') || !same_unit (r, c - 2, c - 1)
      || is_cap (TOK (r, c)) || !(is_cap (TOK (r, c - 2)) || is_char (TOK (r, c - 2)->word, ')'))
      || !np_back_paren (r, c - 1, &ns) || ns >= c - 1
      || !(ns == 0 || !same_unit (r, ns - 1, ns) || !is_word (TOK (r, ns - 1)) || tok_is (r, ns - 1, L_BREAK)))
    return;
  *start = ns;
}

/* "Many in the crowd", "someone in the audience", "Many of you": the
 * start of a mention headed by a word of extract.rules [partitive-sources]
 * before a preposition of [source-prepositions] and the mention starting
 * at S, and a quantity's partitive before that word ("more than two-thirds
 * of those in the nation's rising generation": quantity_phrase_back()
 * adds the comparative); PolNeAR marks the whole phrase.  S when there is
 * none. */
static guint
partitive_back (Run *r, guint s)
{
  if (s < 2 || !tok_is (r, s - 2, L_PARTITIVE) || !same_unit (r, s - 2, s) || !plain_source_prep (r, s - 1))
    return s;
  guint p = s - 2;
  if (p >= 2 && same_unit (r, p - 2, p) && strcmp (TOK (r, p - 1)->word, "of") == 0 && is_word (TOK (r, p - 2))
      && is_quantity (r, TOK (r, p - 2)) && !tok_is (r, p - 2, L_PASSIVE))
    p -= 2;
  return p;
}

static gboolean
source_back_scan (Run *r, guint end, guint *start, guint *mention_end)
{
  const CgExtractor *x = r->x;
  if (end == 0)
    return FALSE;
  guint j = end - 1;
  const CgPatToken *t = TOK (r, j);
  *mention_end = end;
  if (is_word (t) && tword_is (r, t, L_RELATIVE))
    {
      /* "Trump, who has said ...": the mention before the comma. */
      if (j >= 2 && is_char (TOK (r, j - 1)->word, ',') && same_unit (r, j - 1, j))
        {
          guint s, me;
          if (source_back (r, j - 1, &s, &me))
            {
              *start = s;
              *mention_end = me;
              return TRUE;
            }
          return FALSE;
        }
      /* "the 30 percent of voters who said ...", "teachers unions who
       * said ...": with no comma, the relative pronoun itself, as PolNeAR
       * marks it, when it is one of [pronouns] (a person's "who", not
       * "the fighting which established ...") after a noun phrase */
      /* (not when that noun phrase opens the sentence or a clause: "Those
       * who want help often can't find it", whose main verb would end up
       * in the content) */
      guint s;
      if (j >= 1 && tword_is (r, t, L_PRON) && same_unit (r, j - 1, j) && np_back (r, j, &s)
          && s > 0 && same_unit (r, s - 1, s) && is_word (TOK (r, s - 1)) && !tok_is (r, s - 1, L_BREAK))
        {
          *start = j;
          return TRUE;
        }
      return FALSE;
    }
  if (is_word (t) && tword_is (r, t, L_PRON))
    {
      /* "American officials", "Many others": a plural pronoun takes the
       * words of its noun phrase */
      guint ps;
      *start = j;
      if (j > 0 && ends_with (t->word, "s") && strlen (t->word) > 3 && np_back (r, end, &ps) && ps < j)
        *start = ps;
      /* "Edwards and others said", "Experts and former officials say": a
       * plural one is the second of two mentions (not "I covered New York
       * politics for 15 years, and I saw") */
      if (*start >= 2 && tok_is (r, *start - 1, L_COORD) && is_plural (r, t))
        coordinated_back (r, end, start);
      *start = partitive_back (r, *start);
      return TRUE;
    }
  if (is_dash (t->word) && j >= 3 && same_unit (r, j - 1, j))
    {
      /* "Murphy — after a knock-on-wood gesture — told me", "Joyce — who
       * is listed as an attorney ... — told": the name before an aside
       * between dashes (holding a cue only when it is a relative clause),
       * opening the sentence or a clause */
      guint c = j, bs;
      gboolean inner_cue = FALSE;
      while (c > 0 && j - c < x->source_max_words * 2 && same_unit (r, c - 1, c))
        {
          c--;
          const CgPatToken *u = TOK (r, c);
          if (u->quote_open >= 0 || u->quote_close >= 0 || is_dash (u->word))
            break;
          inner_cue |= u->cue != NULL;
        }
      if (c > 0 && c + 1 < j && is_dash (TOK (r, c)->word) && same_unit (r, c - 1, c) && is_cap (TOK (r, c - 1))
          && (!inner_cue || cues_in_relative (r, c + 1, j))
          && np_back_paren (r, c, &bs) && (bs == 0 || !same_unit (r, bs - 1, bs) || !is_word (TOK (r, bs - 1))))
        {
          *start = bs;
          *mention_end = c;
          return TRUE;
        }
      return FALSE;
    }
  if (is_char (t->word, ',') && j >= 2 && same_unit (r, j - 1, j))
    {
      /* "Dewayne Smithy, 33, of Baldwin, Miss., dismisses": a place and
       * its abbreviated state after a preposition of extract.rules
       * [source-prepositions] close an aside; the place is no speaker,
       * the name before the aside of several commas is (when that aside
       * is no clause: "Trump, speaking at a rally in Wilmington, N.C.,
       * warned" goes on below) */
      guint ab = j - 1;  /* the abbreviation's first token */
      if (ab >= 1 && is_char (TOK (r, ab)->word, '.') && TOK (r, ab - 1)->end == TOK (r, ab)->start)
        ab--;
      const CgPatToken *st = TOK (r, ab);
      if (ab >= 3 && is_cap (st) && st->end - st->start <= 5 && r->text[TOK (r, j - 1)->end - 1] == '.'
          && is_char (TOK (r, ab - 1)->word, ',') && is_cap (TOK (r, ab - 2)) && plain_source_prep (r, ab - 3)
          && same_unit (r, ab - 3, j) && long_aside (r, end, start, mention_end))
        return TRUE;
      /* "Dmitry Peskov, a Kremlin spokesman, said" */
      guint as, bs;
      if (np_back (r, j, &as) && as >= 2 && is_char (TOK (r, as - 1)->word, ',') && same_unit (r, as - 1, as)
          && np_back_paren (r, as - 1, &bs)
          /* "the White House spokesman, Josh Earnest, said" */
          && (is_cap (TOK (r, as - 2)) || tok_title (r, TOK (r, as - 2))
              || is_char (TOK (r, as - 2)->word, ')') || title_dot (r, as - 2)))
        {
          *start = bs;
          *mention_end = j;
          /* "Wilcox and Beruff, a Sarasota Republican, argued": the name
           * may be the second of two, the appositive theirs */
          coordinated_back (r, as - 1, start);
          if (*start == bs)
            title_of_back (r, bs, start);
          if (*start == bs)
            description_name_back (r, bs, j, start);
          return TRUE;
        }
      /* A clause between the speaker and the cue: "McCain, who has tangled
       * with Cruz repeatedly, said", "Murphy, though, said". */
      /* (a cue inside it only in a relative clause: "Barkley, who said he
       * typically votes democratic, said ...") */
      guint c = j;
      gboolean inner_cue = FALSE;
      while (c > 0 && j - c < x->source_max_words * 2 && same_unit (r, c - 1, c))
        {
          c--;
          const CgPatToken *u = TOK (r, c);
          if (u->quote_open >= 0 || u->quote_close >= 0 || is_char (u->word, ','))
            break;
          inner_cue |= u->cue != NULL;
        }
      if (c == 0 || c + 1 >= j || !is_char (TOK (r, c)->word, ',') || !same_unit (r, c - 1, c)
          || (inner_cue && !cues_in_relative (r, c + 1, j)))
        return FALSE;
      const CgPatToken *first = TOK (r, c + 1), *before = TOK (r, c - 1);
      /* "Miller, who served as senior campaign adviser on Trump's 2016
       * campaign, pushed back, arguing": a short aside opened by a
       * lowercase past form or a word of extract.rules
       * [noun-phrase-ends] ("has since elaborated") before a participle
       * cue is the subject's own verb phrase; the noun before it is no
       * speaker (participle-content finds the subject) */
      const char *eb = TOK (r, end)->cue ? rule_base (r, TOK (r, end)->cue) : NULL;
      if (eb && strcmp (eb, "ing") == 0 && j - c - 1 <= 3 && is_word (first) && !is_cap (first)
          && (ends_with (first->word, "ed") || tok_is (r, c + 1, L_NP_END)) && !tok_is (r, c + 1, L_RELATIVE))
        return FALSE;
      guint ns;
      /* "One delegate not on the Cruz slate, Kelly Schmdit, told": a name
       * after a description opening the sentence, the whole mention */
      if (is_cap (first) && np_back (r, j, &ns) && ns == c + 1 && is_word (before) && !is_cap (before)
          && (description_back (r, c, &bs)
              || (np_back (r, c, &bs) && (bs == 0 || !same_unit (r, bs - 1, bs) || !is_word (TOK (r, bs - 1)))))
          && !is_char (TOK (r, bs > 0 ? bs - 1 : 0)->word, ',') && j - bs <= x->source_max_words)
        {
          *start = bs;
          *mention_end = j;
          return TRUE;
        }
      /* "Marvin Teske, 53, a security guard at a Reno casino, is backing":
       * an age between commas after the name */
      guint nb = c;
      if ((before->flags & CG_TOKEN_NUMBER) && c >= 3 && is_char (TOK (r, c - 2)->word, ',')
          && same_unit (r, c - 3, c) && is_cap (TOK (r, c - 3)))
        {
          nb = c - 2;
          before = TOK (r, c - 3);
        }
      /* "Six Gannett newspapers in New Jersey, including the Asbury Park
       * Press, said", "Several Republican leaders, including Sens. John
       * McCain (Ariz.) and ..., have since denounced": an aside opened by
       * a one-word entry of extract.rules [source-modifiers] after a noun
       * phrase opening the sentence or a clause belongs to the mention,
       * as PolNeAR marks it */
      if (!inner_cue && tok_is (r, c + 1, L_SOURCE_MOD) && c + 2 < j
          && np_back_paren (r, nb, &bs) && bs < c && j - bs <= 2 * x->source_max_words
          && (bs == 0 || !same_unit (r, bs - 1, bs) || !is_word (TOK (r, bs - 1)) || tok_is (r, bs - 1, L_BREAK)))
        {
          *start = bs;
          *mention_end = j;
          return TRUE;
        }
      gboolean det_opener = FALSE;
      if (is_word (before) && tword_is (r, before, L_PRON))
        bs = c - 1;
      else if (!(is_cap (before) || is_char (before->word, ')') || (is_word (before) && tok_title (r, before))
                 /* "Proponents of the new bill, however, say": any noun
                  * phrase before a short aside opening the sentence */
                 || (j - c - 1 <= 2 && !is_cap (first) && tword_is (r, first, L_NOT_SOURCE)))
               || !np_back_paren (r, nb, &bs))
        {
          /* "The survey, conducted for the immigration advocacy group
           * America's Voice, also found that ...", "Powell's office, when
           * contacted by Reuters, said": a noun phrase opened by a
           * determiner or a possessive name and opening the sentence,
           * before an aside opened by a lowercase word; the noun phrase
           * alone */
          if (!(is_word (before) && is_word (first) && !is_cap (first) && np_back_paren (r, nb, &bs)
                && (bs == 0 || !same_unit (r, bs - 1, bs))
                && (tok_is (r, bs, L_DET) || (is_cap (TOK (r, bs)) && ends_possessive (TOK (r, bs)->word)))
                && bs < c))
            return FALSE;
          det_opener = TRUE;
        }
      if (!is_cap (before) && !is_char (before->word, ')') && !tok_title (r, before) && !tword_is (r, before, L_PRON)
          && bs > 0 && same_unit (r, bs - 1, bs) && is_word (TOK (r, bs - 1)) && !tok_is (r, bs - 1, L_BREAK))
        return FALSE;
      if (det_opener)
        *mention_end = c;
      else if (tword_is (r, first, L_RELATIVE) || tword_is (r, first, L_DET)
          || tword_is (r, first, L_TITLE)
          /* "Robert Peck, managing director and internet equity analyst
           * at SunTrust, told me" */
          || (c + 2 < j && !is_cap (first) && is_word (TOK (r, c + 2)) && tok_title (r, TOK (r, c + 2)))
          /* "Marlon Marshall, Clinton's director of state campaigns and
           * political engagement, said": a possessive opening the aside */
          || (is_cap (before) && is_word (first) && ends_possessive (first->word) && !inner_cue)
          /* "Sen. Rand Paul, R-Ky., told": a party and state between
           * commas, as PolNeAR marks it */
          || party_state (r, first)
          /* "Khizr Khan, 66, said": an age alone between commas after a
           * name, as PolNeAR marks it */
          || (j == c + 2 && is_age (r, first) && is_cap (before)))
        *mention_end = j;
      else if (j - c - 1 <= 3 || (!is_cap (first) && tword_is (r, first, L_NOT_SOURCE)))
        /* "Murphy, though, said"; "Lewandowski, in a statement released by
         * the campaign on Thursday, said": the name alone */
        *mention_end = c;
      else if (is_cap (before) && is_word (first) && !is_cap (first)
               && (bs == 0 || !same_unit (r, bs - 1, bs) || !is_word (TOK (r, bs - 1))))
        /* "Minnesota state delegate Mary Susan, clad in a red cape ...,
         * said": any aside without a cue after a name opening the sentence
         * or a clause; the name alone */
        *mention_end = c;
      else
        return FALSE;
      *start = bs;
      /* "RNC members and officials, in fact, even insist": the name alone
       * before the aside may be the second of two */
      if (*mention_end == c)
        {
          coordinated_back (r, c, start);
          if (*start == bs && !det_opener)
            description_name_back (r, bs, c, start);
        }
      else if (!det_opener)
        {
          /* "Lindsey Graham and David Perdue, who are both on the
           * Judiciary Committee, said": so may a name before an aside
           * that is part of the mention */
          coordinated_back (r, nb, start);
          if (*start == bs)
            title_of_back (r, bs, start);
          if (*start == bs)
            description_name_back (r, bs, j, start);
        }
      return TRUE;
    }
  if (!np_back_paren (r, end, start))
    return FALSE;
  /* '"...," Sam Lau, the communications director for the party said': an
   * appositive with no comma after it, after a name that opens the
   * sentence or follows a quotation's comma */
  guint s = *start, bs;
  if (s >= 2 && is_word (TOK (r, s)) && (tok_is (r, s, L_DET) || tok_title (r, TOK (r, s)))
      && is_char (TOK (r, s - 1)->word, ',') && same_unit (r, s - 2, s) && is_cap (TOK (r, s - 2))
      && np_back_paren (r, s - 1, &bs) && bs < s - 1 && end - bs <= x->source_max_words
      && (bs == 0 || !same_unit (r, bs - 1, bs)
          || TOK (r, bs - 1)->quote_close >= 0
          || (bs >= 2 && is_char (TOK (r, bs - 1)->word, ',') && TOK (r, bs - 2)->quote_close >= 0)))
    *start = bs;
  coordinated_back (r, end, start);
  *start = partitive_back (r, *start);
  return TRUE;
}

/* POSS: "his", "their" (extract.rules [possessives]) or a word ending in
 * "'s" ("Trump's"), but no contraction of [not-possessives] ("It's"),
 * ending at END; *START gets the start of the possessor: a capitalized
 * one with the capitalized words and titles before it ("Mr. Trump's",
 * "Hillary Clinton's", not "But Trump's"), a lowercase one with its
 * determiner ("the president's"). */
static gboolean
possessive (gpointer data, guint end, guint *start)
{
  Run *r = data;
  guint i = end - 1;
  const CgPatToken *t = TOK (r, i);
  if (!is_word (t) || tok_is (r, i, L_NOT_POSSESSIVE))
    return FALSE;
  *start = i;
  if (tok_is (r, i, L_POSSESSIVE))
    return TRUE;
  if (!ends_possessive (t->word))
    return FALSE;
  guint k = i;
  if (!is_cap (t))
    {
      if (k > 0 && same_unit (r, k - 1, k) && tok_is (r, k - 1, L_DET) && !tok_is (r, k - 1, L_POSSESSIVE))
        k--;
    }
  else
    while (k > 0 && same_unit (r, k - 1, k))
      {
        const CgPatToken *u = TOK (r, k - 1);
        if (k >= 2 && title_dot (r, k - 1))
          k -= 2;
        else if (is_word (u) && is_cap (u) && !u->cue && !tok_is (r, k - 1, L_NOT_SOURCE) && !tok_is (r, k - 1, L_DET)
                 && !tok_is (r, k - 1, L_PRON) && !tok_is (r, k - 1, L_CONTENT_PREP) && !tok_is (r, k - 1, L_NOT_CONTENT))
          k--;
        else
          break;
      }
  *start = k;
  return TRUE;
}

/* CONTENT:np: "his attacks on the former president in the debate": a noun
 * phrase ends before a comma, colon, semicolon, parenthesis or dash, a
 * cue verb, or a word of extract.rules [noun-phrase-ends] (a verb or a
 * clause opener: "... has cost him votes"); quotations are stepped over. */
static guint
np_end (gpointer data, guint start, guint limit)
{
  Run *r = data;
  for (guint i = start; i < limit; i++)
    {
      const CgPatToken *t = TOK (r, i);
      if (t->quote_open >= 0)
        {
          guint close = g_array_index (r->qs, CgPatQuote, t->quote_open).close;
          if (close >= limit)
            return limit;
          i = close;
          continue;
        }
      if (i > start && ((t->cue && t->cue_pre == 0) || tok_is (r, i, L_NP_END)))
        return i;
      if (!is_word (t) && !(t->flags & CG_TOKEN_NUMBER) && t->word[0] && strchr (",;:()", t->word[0]))
        return i;
      if (is_dash (t->word))
        return i;
    }
  return limit;
}

static gboolean
source_fwd (gpointer data, guint start, guint *end)
{
  return np_fwd (data, start, end);
}

/* Whether the capitalized words [A, B) opening the article's first
 * paragraph, its headline, at most extract.rules label_max_words of them,
 * before a content of at most label_content_max_words words, name its
 * speaker by themselves ("Lewandowski: FBI director acted as ...", "NY
 * Post: Megyn Kelly Is ...", "Hacker Guccifer: ..."): none of them is a
 * word of [not-label-speakers] ("UPDATE:", "Revealed:", "Paid Notice:"),
 * and its last word is in the body too, capitalized; not a column's name
 * opened by a word of [determiners] ("The Memo: ...").  Only the headline: in the body such labels are an outline's fields
 * ("**Context**: Trump's Second Presidency ..." in the seeds). */
static gboolean
label_named (Run *r, guint a, guint b, guint content_words)
{
  if (TOK (r, a)->paragraph != 0 || tok_is (r, a, L_DET) || b - a > r->x->label_max_words
      || content_words > r->x->label_content_max_words)
    return FALSE;
  for (guint i = a; i < b; i++)
    if (!is_word (TOK (r, i)) || tok_is (r, i, L_NOT_LABEL_SPEAKER))
      return FALSE;
  /* a speaker is named again below the headline, capitalized ("Syria:
   * ...", "NRA: ..."); a headline's own catchword is not ("Fishy: ...",
   * "Maps: ...") */
  const char *w = TOK (r, b - 1)->word;
  for (guint k = b; k < r->toks->len; k++)
    if (TOK (r, k)->paragraph != 0 && is_cap (TOK (r, k)) && strcmp (TOK (r, k)->word, w) == 0)
      return TRUE;
  return FALSE;
}

/* The last word of the label of one or two words before a colon that
 * opens the sentence at token K, or NONE. */
static guint
opening_label_end (Run *r, guint k)
{
  for (guint c = k + 1; c <= k + 2 && c < r->toks->len && same_unit (r, k, c); c++)
    {
      if (is_char (TOK (r, c)->word, ':'))
        return c - 1;
      if (!is_word (TOK (r, c)))
        break;
    }
  return NONE;
}

/* Whether the words [A, B) open another sentence of the article before a
 * colon too. */
static gboolean
label_opens_again (Run *r, guint a, guint b)
{
  guint n = r->toks->len, len = b - a;
  for (guint k = 0; k + len < n; k++)
    {
      if (k == a || (k > 0 && same_unit (r, k - 1, k)) || !is_char (TOK (r, k + len)->word, ':'))
        continue;
      guint i = 0;
      while (i < len && strcmp (TOK (r, k + i)->word, TOK (r, a + i)->word) == 0)
        i++;
      if (i == len)
        return TRUE;
    }
  return FALSE;
}

/* Whether the label [A, B) before a colon is a field of a list: it opens
 * another sentence of the article too, and the next paragraph opens with
 * a label whose last word is one of extract.rules [not-label-speakers]
 * that answers it: "MYTH: Wilson has been fired." before "FACT: Wilson
 * has been on paid administrative leave ..." (a transcript's next label
 * is another speaker's). */
static gboolean
list_field (Run *r, guint a, guint b)
{
  guint n = r->toks->len, k = b;
  while (k < n && TOK (r, k)->paragraph == TOK (r, a)->paragraph)
    k++;
  if (k >= n || !is_word (TOK (r, k)))
    return FALSE;
  guint le = opening_label_end (r, k);
  return le != NONE && tok_is (r, le, L_NOT_LABEL_SPEAKER) && label_opens_again (r, a, b);
}

/* Whether the words [A, B), in capitals or a single letter, open another
 * sentence of the article before a colon, as a transcript's speakers do
 * ("TAPPER: ...", "Q: ..."); not a word of extract.rules
 * [not-label-speakers] ("SPECIAL COVERAGE: ..." over a list of links),
 * nor a field of a list whose next label is one ("MYTH: Wilson has been
 * fired." before "FACT: Wilson has been on paid administrative leave
 * ...": a transcript's next label is another speaker's). */
static gboolean
label_again (Run *r, guint a, guint b)
{
  guint len = b - a;
  if (tok_is (r, b - 1, L_NOT_LABEL_SPEAKER) || list_field (r, a, b))
    return FALSE;
  for (guint i = a; i < b; i++)
    {
      const CgPatToken *t = TOK (r, i);
      if (len == 1 && t->end - t->start == 1)
        break;
      for (gint64 c = t->start; c < t->end; c++)
        if (g_ascii_islower (r->text[c]))
          return FALSE;
    }
  return label_opens_again (r, a, b);
}

/* Whether token K follows a given name of names.rules or a title in its
 * sentence ("Bernie Sanders", "Sen. Sanders"). */
static gboolean
person_after_name (Run *r, guint k)
{
  if (!same_unit (r, k - 1, k))
    return FALSE;
  const CgPatToken *p = TOK (r, k - 1);
  if (is_word (p) && is_cap (p) && (tok_is (r, k - 1, L_GIVEN) || tok_title (r, p)))
    return TRUE;
  return k >= 2 && title_dot (r, k - 1);
}

/* The token after K0 whose word starts at W, or NONE: the words lie in
 * token order in one buffer (tokenize ()), so their addresses grow. */
static guint
token_of_word (Run *r, guint k0, const char *w)
{
  guint lo = k0, hi = r->toks->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (TOK (r, mid)->word < w)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < r->toks->len && TOK (r, lo)->word == w ? lo : NONE;
}

/* Whether the word at I is printed elsewhere in the article at a token K
 * for which AT (R, K) holds. */
static gboolean
word_elsewhere (Run *r, guint i, gboolean (*at) (Run *r, guint k))
{
  const char *w = TOK (r, i)->word;
  gsize n = strlen (w);
  char needle[64];
  if (r->folded_more == NULL && n + 2 <= sizeof needle)
    {
      /* All words are in r->folded, NUL after NUL: the other tokens of
       * this word are where memmem() finds it between two NULs (the
       * token-by-token loop below read every token record of the
       * article) */
      needle[0] = '\0';
      memcpy (needle + 1, w, n + 1);
      const char *p = r->folded, *end = r->folded + r->folded_len;
      guint from = 1;
      while (p < end)
        {
          const char *hit = memmem (p, (gsize) (end - p), needle, n + 2);
          if (hit == NULL)
            break;
          /* (a hit inside a word holding a NUL byte starts no token) */
          guint k = token_of_word (r, from, hit + 1);
          if (k != NONE)
            {
              if (k != i && at (r, k))
                return TRUE;
              from = k + 1;
            }
          p = hit + 1;
        }
      return FALSE;
    }
  for (guint k = 1; k < r->toks->len; k++)
    {
      /* the first bytes tell most words apart without a call */
      const char *kw = TOK (r, k)->word;
      if (k == i || kw[0] != w[0] || strcmp (kw, w) != 0)
        continue;
      if (at (r, k))
        return TRUE;
    }
  return FALSE;
}

/* Whether the capitalized word at I ends a person's name elsewhere in the
 * article, after a given name of names.rules or a title ("Sanders: ..." in
 * a headline, "Bernie Sanders" or "Sen. Sanders" in the text). */
static gboolean
person_elsewhere (Run *r, guint i)
{
  return word_elsewhere (r, i, person_after_name);
}

/* Whether the name ending at token K speaks there: a cue verb right after
 * it, [prefix] words allowed between ("McCain said", "Putin has also
 * warned"), or right before it, the name ending its clause ("..., said
 * McCain.", "according to McCain,"). */
static gboolean is_prefix_word (Run *r, const CgPatToken *t);
static gboolean
speaks_at (Run *r, guint k)
{
  /* (a subject: the name with its titles after no word but a
   * coordinator or subordinator, not "the killing of Jamal Khashoggi
   * largely matches") */
  guint b = k;
  while (b > 0 && same_unit (r, b - 1, k) && is_word (TOK (r, b - 1)) && (is_cap (TOK (r, b - 1)) || tok_title (r, TOK (r, b - 1))))
    b--;
  gboolean subject = b == 0 || !same_unit (r, b - 1, k) || !is_word (TOK (r, b - 1)) || tok_is (r, b - 1, L_COORD)
                     || tok_is (r, b - 1, L_SUBORD);
  guint j = k + 1;
  while (j < r->toks->len && j < k + 4 && same_unit (r, k, j) && is_word (TOK (r, j)) && !TOK (r, j)->cue
         && is_prefix_word (r, TOK (r, j)) && !ends_possessive (TOK (r, j)->word) && !is_apostrophe (TOK (r, j)))
    j++;
  if (subject && j < r->toks->len && same_unit (r, k, j) && TOK (r, j)->cue)
    return TRUE;
  /* (after the cue only between the punctuation ending what is said and
   * the end of its clause: "says Khashoggi was killed", "It never
   * suggested Khashoggi - ..." say something of him) */
  if (k + 1 < r->toks->len && same_unit (r, k, k + 1) && !is_char (TOK (r, k + 1)->word, ',')
      && !is_char (TOK (r, k + 1)->word, '.'))
    return FALSE;
  guint c = k >= 2 && same_unit (r, k - 2, k) && strcmp (TOK (r, k - 1)->word, "to") == 0 ? k - 2 : k - 1;
  return k >= 1 && same_unit (r, c, k) && TOK (r, c)->cue && c >= 1 && same_unit (r, c - 1, c) && !is_word (TOK (r, c - 1));
}

/* Whether the article's byline holds the word at I: its author, or the
 * paragraph after the headline when that is a short run of capitalized
 * words, a byline printed in the text ("Cindy McCain: To honor John
 * McCain, ..." above "Cindy Hensley McCain"). */
static gboolean
byline_names (Run *r, guint i)
{
  const char *by = r->article ? r->article->author : NULL;
  if (by)
    {
      char *low = g_ascii_strdown (by, -1);
      gboolean found = strstr (low, TOK (r, i)->word) != NULL;
      g_free (low);
      if (found)
        return TRUE;
    }
  guint k = i;
  while (k < r->toks->len && TOK (r, k)->paragraph == TOK (r, i)->paragraph)
    k++;
  guint words = 0, para = k < r->toks->len ? TOK (r, k)->paragraph : 0;
  gboolean named = FALSE;
  for (; k < r->toks->len && TOK (r, k)->paragraph == para; k++)
    {
      if (!is_word (TOK (r, k)) || !is_cap (TOK (r, k)) || ++words > 5)
        return FALSE;
      named |= strcmp (TOK (r, k)->word, TOK (r, i)->word) == 0;
    }
  return named;
}

/* Whether the article has the name whose last word is at I speak
 * elsewhere (speaks_at()): a label naming a person who never speaks in
 * the article is what it is about, not who speaks ("Jamal Khashoggi: CIA
 * 'blames Saudi prince for murder'"), unlike "McCain: ISIS' rise like
 * 'watching a train wreck'" above "..., McCain said". */
static gboolean
label_speaks (Run *r, guint i)
{
  return word_elsewhere (r, i, speaks_at);
}

/* ---- building assertions -------------------------------------------------- */

/* Whether TEXT[S, E) needs no folding: no byte below ' ', no space at
 * either end and no two spaces together.  Eight bytes at a time. */
static gboolean
single_spaced (const char *text, gint64 s, gint64 e)
{
  if (e <= s)
    return TRUE;
  if (text[s] == ' ' || text[e - 1] == ' ')
    return FALSE;
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101), high = ones * 0x80, low7 = ones * 0x7F;
  guint64 carry = 0;
  gint64 k = s;
#if defined (__SSE2__) && defined (__x86_64__)
  /* sixteen bytes a step: a byte below ' ' is one min_epu8 leaves alone */
  {
    guint carry16 = 0;
    for (; k + 16 <= e; k += 16)
      {
        __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) (text + k));
        guint sp = (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 (' ')));
        guint ctrl = (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (_mm_min_epu8 (v, _mm_set1_epi8 (' ' - 1)), v));
        if (ctrl | (sp & ((sp << 1) | carry16)))
          return FALSE;
        carry16 = sp >> 15;
      }
    carry = (guint64) carry16 << 7;
  }
#endif
  for (; k + 8 <= e; k += 8)
    {
      guint64 x = cg_load_le64 (text + k);
      guint64 eq = x ^ (ones * ' ');
      guint64 sp = ~(((eq & low7) + low7) | eq | low7);  /* bit 7 of exactly the spaces */
      guint64 ctrl = (x - ones * ' ') & ~x & high;       /* not 0 when some byte is below ' ' */
      if (ctrl | (sp & ((sp << 8) | carry)))
        return FALSE;
      carry = sp >> 56;
    }
  for (; k < e; k++)
    {
      guchar c = (guchar) text[k];
      if (c < ' ' || (c == ' ' && text[k - 1] == ' '))
        return FALSE;
    }
  return TRUE;
}

/* TEXT[S, E) with runs of blanks folded to one space, into OUT (room for
 * E - S + 1 bytes).  Returns OUT. */
static char *
fold_ws_into (char *out, const char *text, gint64 s, gint64 e)
{
  /* Most texts need no folding: those are copied whole. */
  if (single_spaced (text, s, e))
    {
      if (e > s)
        memcpy (out, text + s, (gsize) (e - s));
      out[e > s ? e - s : 0] = '\0';
      return out;
    }
  gsize o = 0;
  gboolean blank = FALSE;
  for (gint64 i = s; i < e; i++)
    {
      char c = text[i];
      /* every blank is at most ' ': one test for most bytes */
      if ((guchar) c > ' ' || !(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'))
        {
          if (blank && o)
            out[o++] = ' ';
          blank = FALSE;
          out[o++] = c;
        }
      else
        blank = TRUE;
    }
  out[o] = '\0';
  return out;
}

/* The same into a new string. */
static char *
fold_ws (const char *text, gint64 s, gint64 e)
{
  return fold_ws_into (g_malloc ((gsize) (e > s ? e - s : 0) + 1), text, s, e);
}

static CgSpan
trim_span (const char *text, CgSpan sp)
{
  while (sp.start < sp.end && g_ascii_isspace (text[sp.start]))
    sp.start++;
  while (sp.end > sp.start && g_ascii_isspace (text[sp.end - 1]))
    sp.end--;
  return sp;
}

static CgSpan
tok_span (Run *r, guint s, guint e)
{
  CgSpan sp = { TOK (r, s)->start, TOK (r, e - 1)->end };
  return sp;
}

/* Hedges over tokens [S, E), and negations over its first clause: "few
 * decisions that have not been cheered" is not a negative claim. */
static void
scan_modality (Run *r, guint s, guint e, CgCertainty *certainty, guint *negations)
{
  guint n = r->toks->len;
  gboolean main_clause = TRUE;
  for (guint i = s; i < e; i++)
    {
      /* Most words are on none of the three lists: four tokens without
       * one only end the main clause when one of them is no word, no
       * paired mark and no "." (TF_MARK and TF_DOT shifted onto TF_WORD,
       * lane by lane). */
      while (i > s && i + 4 <= e && !(tf_four (r->tf, i) & TF_LANES (TF_MODAL)))
        {
          guint64 x = tf_four (r->tf, i);
          if (~x & ~(x >> 3) & ~(x >> 4) & TF_LANES (TF_WORD))
            main_clause = FALSE;
          i += 4;
        }
      if (i >= e)
        break;
      guint tf = r->tf[i];
      if (!(tf & TF_WORD))
        {
          if (i > s && !(tf & (TF_MARK | TF_DOT)))
            main_clause = FALSE;
          continue;
        }
      if (!(tf & TF_MODAL))
        continue;
      guint len;
      const Entry *h = match_entry (r, i, MIN (e, n), L_HEDGE, &len);
      if (h)
        {
          CgCertainty c;
          const char *v = h->certainty;
          if (v && cg_certainty_from_name (v, &c) && c > *certainty)
            *certainty = c;
        }
      if (i > s && tok_is (r, i, L_BREAK))
        main_clause = FALSE;
      if (main_clause && tok_is (r, i, L_NEGATION))
        (*negations)++;
    }
}

static gboolean lie_not_writers (Run *r, guint i, guint limit);

/* The first stance cue starting in [S, E) that ends by LIMIT. */
static CgStance
scan_stance (Run *r, guint s, guint e, guint limit)
{
  guint n = MIN (e, limit);
  for (guint i = s; i < n; i++)
    {
      guint len;
      const Entry *h = match_entry (r, i, limit, L_STANCE, &len);
      CgStance st;
      /* an entry with before= is read only before a cue group (cue_stance()) */
      const char *v = h && !cg_rule_attr (h->rule, "before") ? h->stance : NULL;
      if (v && cg_stance_from_name (v, &st))
        return g_strcmp0 (cg_rule_attr (h->rule, "charge"), "yes") == 0 && lie_not_writers (r, i, limit)
               ? CG_STANCE_NEUTRAL : st;
    }
  return CG_STANCE_NEUTRAL;
}

/* Whether a hedge of certainty=unknown (certainty.rules: "whether")
 * stands in [FROM, TO): "asking ... whether he lied to Congress when he
 * said" asks about a lie and disputes nothing he said. */
static gboolean
asked_before (Run *r, guint from, guint to)
{
  for (guint k = from; k < to; k++)
    {
      guint len;
      const Entry *h = match_entry (r, k, to, L_HEDGE, &len);
      if (h && g_strcmp0 (h->certainty, "unknown") == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether a charge of lying (a stance.rules entry of charge=yes) at
 * token I, in a sentence ending by LIMIT, is not the writer's: asked
 * (a "?" in the sentence: "Was he lying when he said ...?"), denied (an
 * [negation] word at most three tokens before it: "he wasn't lying
 * when he said"), hedged as hearsay (a certainty.rules hedge with
 * hearsay=yes in the same three tokens: "allegedly lying to the FBI
 * when"; the writer's own doubt, "He probably lied when", still disputes,
 * with its hedge), charged (a stance.rules [charges] word at most
 * charge_window tokens before it: "allegations that he lied to Congress
 * when", "Prosecutors charged that Flynn lied ... when"), or standing in what another says (a cue-verbs.rules
 * cue of speech=yes earlier in the sentence, not one of factive=yes:
 * "Clinton had earlier claimed that he had lied when he said"; "admitting
 * that he lied to investigators when", "That email demonstrates that the
 * White House lied when" (that=yes only) and "He lied when he denied
 * ..., and he lied when" (no speech=) stay the writer's). */
static gboolean
lie_not_writers (Run *r, guint i, guint limit)
{
  if (i >= r->toks->len)
    return FALSE;
  guint us = g_array_index (r->unit_start, guint, TOK (r, i)->sentence);
  limit = MIN (limit, g_array_index (r->unit_end, guint, TOK (r, i)->sentence));
  for (guint k = us; k < limit && k < r->toks->len; k++)
    if (is_char (TOK (r, k)->word, '?'))
      return TRUE;
  for (guint k = i > us + 3 ? i - 3 : us; k < i; k++)
    {
      guint len;
      const Entry *h = match_entry (r, k, i, L_HEDGE, &len);
      if (tok_is (r, k, L_NEGATION)
          || (h && h->certainty && g_strcmp0 (cg_rule_attr (h->rule, "hearsay"), "yes") == 0))
        return TRUE;
    }
  for (guint k = i > us + r->x->charge_window ? i - r->x->charge_window : us; k < i; k++)
    if (tok_is (r, k, L_LIE_CHARGE))
      return TRUE;
  for (guint k = us; k < i; k++)
    {
      const CgRule *c = TOK (r, k)->cue;
      if (c && g_strcmp0 (cg_rule_attr (c, "speech"), "yes") == 0 && g_strcmp0 (cg_rule_attr (c, "factive"), "yes") != 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether a carrier's dispute whose attribution (source and cue group)
 * starts at token S is the complement of another's saying or charge: a
 * cue-verbs.rules cue of speech=yes, not factive=yes, or a stance.rules
 * [charges] word right before S in its sentence, with only words of
 * stance.rules [charge-joins] ("that") or punctuation between
 * ("Prosecutors charge that | the two men falsely claimed", "police said
 * | he falsely reported", "alleging that | Obama falsely claimed U.S.
 * citizenship").  The falsity is that speaker's charge, not the
 * carrier's dispute.  Not "At the Pensacola speech that Trump rightly
 * claimed was packed, | he wrongly asserted": words stand between. */
static gboolean
dispute_not_writers (Run *r, guint s)
{
  if (s == 0 || s >= r->toks->len)
    return FALSE;
  guint us = g_array_index (r->unit_start, guint, TOK (r, s)->sentence);
  for (guint k = s; k-- > us;)
    {
      const CgPatToken *t = TOK (r, k);
      const CgRule *c = t->cue;
      if ((c && g_strcmp0 (cg_rule_attr (c, "speech"), "yes") == 0 && g_strcmp0 (cg_rule_attr (c, "factive"), "yes") != 0)
          || tok_is (r, k, L_LIE_CHARGE))
        return TRUE;
      if (is_word (t) && !tok_is (r, k, L_CHARGE_JOIN))
        return FALSE;
    }
  return FALSE;
}

/* The carrier's stance in the cue group from S and the stance_window
 * tokens after the cue: in its sentence ("..., he said.  Advocates
 * acknowledged" endorses nothing he said) and not into a content right
 * after the cue ("finding the IRS wrongly targeted conservative groups"
 * is what the report found, not how the article presents it).  A cue may
 * run past the window, so "lies ahead" is no lie. */
static CgStance
cue_stance (Run *r, guint s, guint cue_end, guint cs)
{
  guint limit = cue_end > 0 ? g_array_index (r->unit_end, guint, TOK (r, cue_end - 1)->sentence) : r->toks->len;
  limit = MIN (limit, r->toks->len);
  guint e = cue_end + r->x->stance_window;
  if (cs >= cue_end && cs < e)
    e = cs;
  /* The window after the cue ends at a word of [subordinators]: what
   * follows tells how the article presents the next saying ("\"... a pure
   * witch hunt,\" Trump added, while incorrectly saying that Mueller ...",
   * "Putin said, before falsely declaring that"), which gets the stance
   * from its own cue group. */
  for (guint i = cue_end; i < e && i < r->toks->len; i++)
    if (tok_is (r, i, L_SUBORD))
      {
        e = i;
        break;
      }
  CgStance st = scan_stance (r, s, e, limit);
  if (st != CG_STANCE_NEUTRAL || s == 0 || s > r->toks->len)
    return st;
  /* "lied to the Senate in March when he testified that ...": an entry
   * with before=W ("lied to ; before=when") a hearer's words from a W
   * right before the cue group or its source ("he", at most two words)
   * gives the group its stance (the hearer kept "lied when" out of the
   * window after the lie).  Only when the group's verb asserts what was
   * said: a cue-verbs.rules verb of speech=yes or that=yes with no
   * certainty= of its own ("said", "testified", "denied"; "lied to the
   * press when asked about it", "lied to the IRS when he sought nonprofit
   * status", "when asked whether" dispute no proposition of theirs).
   * speech=yes alone would leave out "testified" and "denied", and given
   * to them it reads "by denying him the funding" as a saying. */
  gboolean saying = FALSE;
  for (guint i = s; i < cue_end && i < r->toks->len && !saying; i++)
    {
      const CgRule *c = TOK (r, i)->cue;
      saying = c && !cg_rule_attr (c, "certainty")
               && (g_strcmp0 (cg_rule_attr (c, "speech"), "yes") == 0 || g_strcmp0 (cg_rule_attr (c, "that"), "yes") == 0);
    }
  if (!saying)
    return CG_STANCE_NEUTRAL;
  guint us = g_array_index (r->unit_start, guint, TOK (r, s - 1)->sentence);
  for (guint w = s - 1; w + 3 >= s && w > us; w--)
    {
      guint from = w > r->x->stance_back_window ? w - r->x->stance_back_window : 0;
      for (guint i = MAX (from, us); i < w; i++)
        {
          guint len;
          const Entry *h = match_entry (r, i, w, L_STANCE, &len);
          const char *before = h ? cg_rule_attr (h->rule, "before") : NULL;
          if (before && h->stance && strcmp (before, TOK (r, w)->word) == 0 && cg_stance_from_name (h->stance, &st))
            return asked_before (r, us, i)
                   || (g_strcmp0 (cg_rule_attr (h->rule, "charge"), "yes") == 0 && lie_not_writers (r, i, r->toks->len))
                   ? CG_STANCE_NEUTRAL : st;
        }
    }
  return CG_STANCE_NEUTRAL;
}

/* Words of [cue-refuters] right after the cue, before its content at CS:
 * "investigators found no evidence that Trump had colluded" reports that
 * he had not, though neither the text nor the cue says so.  Right after:
 * in "claimed, with no evidence, that" the carrier disputes.  Or a cue
 * of negative polarity between the cue and its content: "He said
 * Bortnikov denied that Russia was meddling in the election" reports a
 * denial, not a claim of meddling. */
static gboolean
refuted_after_cue (Run *r, guint cue_end, guint cs)
{
  guint len;
  if (cs > cue_end && match_at (r, cue_end, cs, L_REFUTER, &len))
    return TRUE;
  for (guint i = cue_end; i < cs && i < r->toks->len; i++)
    if (TOK (r, i)->cue)
      {
        const char *v = cg_rule_attr (TOK (r, i)->cue, "polarity");
        if (v && strcmp (v, "negative") == 0)
          return TRUE;
      }
  return FALSE;
}

/* Lower *CERTAINTY to unknown when a hedge of that certainty (or of
 * frame=unknown, certainty.rules) stands in the frame between a cue
 * ending at CUE_END and its content starting at CS: "Barr said Mueller's investigation did not establish that [members
 * of Trump's campaign conspired with Russia]" leaves the content open, it
 * is not Barr's claim.  Hedges of other certainties stay the cue group's
 * and the content's: a frame's "in May" is a month. */
static void
frame_certainty (Run *r, guint cue_end, guint cs, CgCertainty *certainty)
{
  guint n = MIN (cs, r->toks->len);
  for (guint i = cue_end; i < n; i++)
    {
      guint len;
      const Entry *h = (r->tf[i] & TF_WORD) ? match_entry (r, i, n, L_HEDGE, &len) : NULL;
      const char *v = h ? (h->certainty ? h->certainty : cg_rule_attr (h->rule, "frame")) : NULL;
      CgCertainty c;
      if (v && cg_certainty_from_name (v, &c) && c == CG_CERTAINTY_UNKNOWN)
        {
          *certainty = c;
          return;
        }
    }
}

static guint
quote_words (Run *r, guint q)
{
  const CgPatQuote *pq = &g_array_index (r->qs, CgPatQuote, q);
  guint n = 0;
  for (guint i = pq->open + 1; i < pq->close; i++)
    if (is_word (TOK (r, i)))
      n++;
  return n;
}

static void
take_range (Run *r, guint s, guint e)
{
  for (guint i = s; i < e; i++)
    {
      TOK (r, i)->taken = TRUE;
      r->tf[i] |= TF_TAKEN;
    }
}

static guint
sentence_of (Run *r, guint tok)
{
  gint s = g_array_index (r->unit_sentence, gint, TOK (r, tok)->sentence);
  if (s >= 0)
    return (guint) s;
  /* A gap: the sentence before it. */
  for (guint u = TOK (r, tok)->sentence; u-- > 0;)
    {
      s = g_array_index (r->unit_sentence, gint, u);
      if (s >= 0)
        return (guint) s;
    }
  return 0;
}

/* The content span of a direct quote: the quoted text without the marks and
 * without a trailing comma ('"...," he said'). */
static CgSpan
direct_span (Run *r, guint q)
{
  const CgQuote *cq = &g_array_index (r->lq, CgQuote, q);
  CgSpan sp = trim_span (r->text, cq->inner);
  while (sp.end > sp.start && r->text[sp.end - 1] == ',')
    sp.end--;
  return trim_span (r->text, sp);
}

/* SPAN without a section label of extract.rules [not-label-speakers]
 * and its colon opening its sentence ("FACT: Wilson has been on paid
 * administrative leave ...", "UPDATE: ..."): the label names the
 * passage, and is no word of what it says.  Not a label with pointer=yes
 * ("Watch: Democrats won the most votes.", "Related: ..."): it points to
 * another story, whose title is no claim of this one. */
static CgSpan
span_past_label (Run *r, CgSpan span)
{
  /* (most spans open with no capital or hold no colon in the 64 bytes a
   * label of two words takes: no token looked up for them) */
  gint64 look = MIN (span.end - span.start, 64);
  if (look <= 0 || !g_ascii_isupper (r->text[span.start]) || !memchr (r->text + span.start, ':', (gsize) look))
    return span;
  guint lo = 0, hi = r->toks->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (TOK (r, mid)->start < span.start)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo >= r->toks->len || TOK (r, lo)->start != span.start || (lo > 0 && same_unit (r, lo - 1, lo))
      || !is_word (TOK (r, lo)) || !is_cap (TOK (r, lo)))
    return span;
  guint le = opening_label_end (r, lo);
  if (le == NONE || !tok_is (r, le, L_NOT_LABEL_SPEAKER) || le + 2 >= r->toks->len
      || TOK (r, le + 2)->end > span.end
      || cg_rule_attr (tok_entry (r, le, L_NOT_LABEL_SPEAKER)->rule, "pointer"))
    return span;
  span.start = TOK (r, le + 2)->start;
  return span;
}

static CgAssertion *
new_assertion (Run *r, CgAssertionKind kind, CgSpan span, guint first_tok, const char *rule)
{
  span = span_past_label (r, span);
  /* the record and its text in one block; RULE is interned or a literal
   * (never copied), and the article has no id yet in the pipeline */
  CgAssertion *a = cg_assertion_new_packed ((gsize) (span.end > span.start ? span.end - span.start : 0) + 1);
  a->article_id = g_strdup (r->article->id);
  a->rule = rule;
  a->kind = kind;
  a->span = span;
  fold_ws_into (a->text, r->text, span.start, span.end);
  a->sentence = sentence_of (r, first_tok);
  a->certainty = CG_CERTAINTY_CERTAIN;
  a->polarity = CG_POLARITY_POSITIVE;
  a->stance = CG_STANCE_NEUTRAL;
  return a;
}

/* Whether the blank-separated attribute ATTR of the cue rule CUE lists
 * WORD: prep= a preposition that may open its content ("prep=about for"),
 * not-before= a word that may not ("not-before=to"). */
static gboolean word_listed (const char *list, const char *word);

static gboolean
cue_attr_lists (const CgRule *cue, const char *attr, const char *word)
{
  return word_listed (cg_rule_attr (cue, attr), word);
}

/* Whether WORD is one of the blank-separated words of LIST (NULL: none). */
static gboolean
word_listed (const char *list, const char *word)
{
  gsize n = strlen (word);
  while (list && *list)
    {
      while (*list == ' ' || *list == '\t')
        list++;
      gsize k = strcspn (list, " \t");
      if (k == n && g_ascii_strncasecmp (list, word, n) == 0)
        return TRUE;
      list += k;
    }
  return FALSE;
}

/* Whether a content may start at token I right after a hearer: a word of
 * extract.rules [after-hearer] ("that", "to", "whether"), a pronoun, a
 * determiner, a number, a quotation, or (after a lowercase hearer) a name;
 * a comma before a quotation or a clause is stepped over.  The start in
 * *AT. */
static gboolean
opens_after_hearer (Run *r, guint i, guint ce, gboolean lower_hearer, guint *at)
{
  if (i >= ce || !same_unit (r, i - 1, i))
    return FALSE;
  const CgPatToken *t = TOK (r, i);
  /* (not a word of it with relative=yes after the comma: "told Politico,
   * which first reported his departure, that ...", "sources told Fox
   * News, which suggests ...": a relative clause about the hearer) */
  if (is_char (t->word, ',') && i + 1 < ce && !is_char (TOK (r, i + 1)->word, ','))
    {
      const Entry *ah = is_word (TOK (r, i + 1)) ? tok_entry (r, i + 1, L_AFTER_HEARER) : NULL;
      if (ah && cg_rule_attr (ah->rule, "relative"))
        return FALSE;
      return opens_after_hearer (r, i + 1, ce, TRUE, at);
    }
  if (t->quote_open >= 0 || (t->flags & CG_TOKEN_NUMBER)
      || (is_word (t) && !t->cue && (tok_is (r, i, L_AFTER_HEARER) || tok_is (r, i, L_PRON)
                                     || tok_is (r, i, L_DET) || (lower_hearer && is_cap (t)))))
    {
      *at = i;
      return TRUE;
    }
  return FALSE;
}

/* "told POLITICO the plan ...", "telling the crowd, ...", "asked him
 * whether ...": a cue verb with hearer=yes names its hearer before the
 * content, and PolNeAR leaves the hearer out of the content.  The hearer
 * is an object pronoun of extract.rules [hearers], a run of capitalized
 * words, or a determiner and up to three lowercase words ("reporters",
 * "the crowd"); when no content opens right after it ("told a town hall
 * in Salem on Monday that ..."), a word of [after-hearer] with far=yes or
 * a quotation after a comma or colon, a few words on, does.  Returns the
 * token the content starts at; CS when there is no hearer or no content
 * after it ("promised a tax cut": the noun phrase is the content); NONE
 * when the hearer is a word of [hearers] and no content follows ("told
 * reporters in Washington": the content is elsewhere). */
static guint
skip_hearer (Run *r, guint cs, guint ce)
{
  guint h = cs, at;
  if (cs == 0 || cs >= ce || !is_word (TOK (r, cs)) || TOK (r, cs)->cue)
    return cs;
  gboolean lower = FALSE, sure = FALSE;
  if (tok_is (r, h, L_HEARER))
    {
      h++;
      sure = TRUE;
    }
  else
    {
      if (tok_is (r, h, L_DET))
        h++;
      guint first = h, n = 0;
      gboolean cap = h < ce && is_cap (TOK (r, h));
      while (h < ce && same_unit (r, h - 1, h) && n < 4)
        {
          const CgPatToken *t = TOK (r, h);
          if (title_dot (r, h))
            {
              h++;
              continue;
            }
          if (!is_word (t) || t->cue || tok_is (r, h, L_DET) || tok_is (r, h, L_PRON)
              || tok_is (r, h, L_AFTER_HEARER) || tok_is (r, h, L_NOT_SOURCE) || is_cap (t) != cap)
            break;
          h++;
          n++;
        }
      if (h == first)
        return cs;
      lower = !cap;
      sure = tok_is (r, h - 1, L_HEARER);
    }
  if (opens_after_hearer (r, h, ce, lower, &at))
    return at;
  /* "told Politico, which first reported his departure, that he ...": a
   * relative clause about the hearer (a word of [after-hearer] with
   * relative=yes after a comma) is stepped over to the comma closing it;
   * with no content after it, no content follows the hearer ("sources
   * told Fox News, which suggests ...": the content is before) */
  if (h + 1 < ce && is_char (TOK (r, h)->word, ',') && is_word (TOK (r, h + 1)))
    {
      const Entry *rel = tok_entry (r, h + 1, L_AFTER_HEARER);
      if (rel && cg_rule_attr (rel->rule, "relative"))
        {
          guint k = h + 2;
          while (k < ce && same_unit (r, h, k) && !is_char (TOK (r, k)->word, ',') && TOK (r, k)->quote_open < 0)
            k++;
          if (k + 1 < ce && same_unit (r, h, k + 1) && is_char (TOK (r, k)->word, ',') && is_word (TOK (r, k + 1)))
            {
              const Entry *ah = tok_entry (r, k + 1, L_AFTER_HEARER);
              if (ah && cg_rule_attr (ah->rule, "far"))
                return k + 2 < ce ? k + 2 : NONE;
            }
          return NONE;
        }
    }
  for (guint i = h; i < ce && i < h + 12 && same_unit (r, i - 1, i); i++)
    {
      const CgPatToken *t = TOK (r, i);
      if (t->cue || t->quote_open >= 0 || t->quote_close >= 0)
        {
          if (t->quote_open >= 0 && i > h && (is_char (TOK (r, i - 1)->word, ',') || is_char (TOK (r, i - 1)->word, ':')))
            return i;
          break;
        }
      const Entry *ah = tok_entry (r, i, L_AFTER_HEARER);
      if (ah && cg_rule_attr (ah->rule, "far"))
        return i + 1 < ce ? i + 1 : NONE;
    }
  return sure ? NONE : cs;
}

/* Whether token K is a relative pronoun whose verb, right after it with
 * its auxiliaries and adverbs, is a cue of reported speech: that=yes in
 * cue-verbs.rules, no raising verb and no passive ("who said ...", "who
 * also noted that ...", not "who endorsed ..." nor "who is expected
 * to ..."). */
static gboolean
speech_relative (Run *r, guint k)
{
  guint n = r->toks->len;
  if (k + 1 >= n || !is_word (TOK (r, k)) || !tok_is (r, k, L_RELATIVE))
    return FALSE;
  for (guint e = k + 1; e < n && e <= k + 4 && same_unit (r, k, e); e++)
    {
      const CgPatToken *t = TOK (r, e);
      if (t->cue)
        return e == k + 1 + t->cue_pre && !cg_rule_attr (t->cue, "raising")
               && g_strcmp0 (cg_rule_attr (t->cue, "that"), "yes") == 0;
      if (tok_is (r, e, L_PASSIVE))
        return FALSE;
    }
  return FALSE;
}

/* '"...," said Tony Cordesman, a national security expert at the Center
 * for Strategic and International Studies who consulted ...': a speaker
 * after the cue ending the sentence takes the appositive or relative
 * clause after its comma, or what follows a word of extract.rules
 * [source-tail] ("of the Tax Policy Center"), to the sentence end, as
 * PolNeAR marks it; not when a quotation, a taken token or a cue after a
 * comma (", adding that ...") comes first.  Returns the new end of the
 * mention. */
static guint
source_tail (Run *r, guint se, const CgRule *clause)
{
  guint n = r->toks->len;
  if (se == 0 || se + 1 >= n || !same_unit (r, se - 1, se + 1))
    return se;
  /* '"...," said Sen. Chris Murphy (D-Conn.)': a parenthesis of up to
   * source_max_words tokens right after the name joins it (and what
   * follows it may join too: "Rep. Jim Clyburn (D-S.C.), a member of ...") */
  gboolean paren = is_char (TOK (r, se)->word, '(');
  if (paren)
    {
      guint k = se + 1;
      while (k < n && k - se <= r->x->source_max_words && same_unit (r, se, k) && !is_char (TOK (r, k)->word, ')')
             && TOK (r, k)->quote_open < 0 && TOK (r, k)->quote_close < 0 && !TOK (r, k)->taken)
        k++;
      if (k >= n || k - se > r->x->source_max_words || !same_unit (r, se, k) || !is_char (TOK (r, k)->word, ')'))
        return se;
      se = k + 1;
      if (se + 1 >= n || !same_unit (r, se - 1, se + 1))
        return se;
    }
  const CgPatToken *u = TOK (r, se + 1);
  if (is_char (TOK (r, se)->word, ','))
    {
      if (!(u->flags & CG_TOKEN_NUMBER) && !(is_word (u) && !u->cue && !tok_is (r, se + 1, L_NOT_SOURCE)))
        if (!(is_word (u) && tok_is (r, se + 1, L_RELATIVE)))
          return se;
    }
  /* "according to a count by The Associated Press": after a preposition
   * of cue-verbs.rules [prepositions] with clause=yes, any word goes on */
  else if (clause && is_word (TOK (r, se)) && !TOK (r, se)->cue && !TOK (r, se)->taken
           && TOK (r, se)->quote_open < 0 && TOK (r, se)->quote_close < 0)
    ;
  /* "according to people close to the campaign", "people familiar
   * with the plans": a lowercase word before a [source-tail] word */
  else if (!tok_is (r, se, L_SOURCE_TAIL)
           && !(is_word (TOK (r, se)) && !is_cap (TOK (r, se)) && !TOK (r, se)->cue
                && !tok_is (r, se, L_NOT_SOURCE) && is_word (u) && tok_is (r, se + 1, L_SOURCE_TAIL)
                && is_plural (r, TOK (r, se - 1))))
    return se;
  guint last = clause && is_word (TOK (r, se)) ? se : NONE, e;
  /* (after a parenthesis, a relative clause holding a cue is an
   * attribution of its own: "Sen. Richard Blumenthal (D-Conn.), who's been
   * aggressively pushing for new gun restrictions"; after a comma, one
   * whose verb reports speech (speech_relative()): "Alan Berger, a
   * gynecologist from Englewood, New Jersey, who said he is friendly with
   * ...", as PolNeAR marks it, not "Peter T. King, who endorsed Mr. Rubio") */
  gboolean relative = paren && is_word (u) && tok_is (r, se + 1, L_RELATIVE);
  if (is_char (TOK (r, se)->word, ',') && speech_relative (r, se + 1))
    return se;
  for (e = se + 1; e < n && same_unit (r, se, e); e++)
    {
      const CgPatToken *t = TOK (r, e);
      if (t->quote_open >= 0 || t->quote_close >= 0 || t->taken || e >= se + 2 * r->x->source_max_words
          || (is_char (t->word, ',') && e + 1 < n && TOK (r, e + 1)->cue) || (relative && t->cue))
        return se;
      if (is_char (t->word, ',') && speech_relative (r, e + 1))
        break;
      /* (", but the self-described democratic socialist has vowed", "- virtually
       * the same as ...", "because they feared ...": another clause; not an
       * appositive opened by a determiner, ", the ABC affiliate in ...") */
      if (clause && ((is_char (t->word, ',') && !(e + 1 < n && tok_is (r, e + 1, L_DET) && !tok_is (r, e + 1, L_NOT_SOURCE)))
                     || is_dash (t->word) || (is_word (t) && cue_attr_lists (clause, "clause-ends", t->word))))
        break;
      /* ("a strike that company executives said could ...": another
       * attribution's words) */
      if (clause && t->cue && cg_rule_attr (t->cue, "that"))
        return se;
      if (is_word (t) || (t->flags & CG_TOKEN_NUMBER))
        last = e;
      else if (is_char (t->word, ';') || is_char (t->word, ':'))
        return se;
    }
  if (last == NONE)
    return se;
  return last + 1;
}

/* Whether the words of tokens [A, B), lowercased and joined by blanks, are
 * a phrase of SET (cg_rules_phrase_set(): casefolded phrases); only ASCII
 * words of at most 120 bytes in all are looked up, with no allocation. */
static gboolean
phrase_in (Run *r, GHashTable *set, guint a, guint b)
{
  char buf[128];
  gsize n = 0;
  for (guint i = a; i < b; i++)
    {
      const char *w = TOK (r, i)->word;
      if (i > a)
        buf[n++] = ' ';
      for (; *w; w++)
        {
          if ((guchar) *w >= 0x80 || n + 2 >= sizeof buf)
            return FALSE;
          buf[n++] = g_ascii_tolower (*w);
        }
    }
  buf[n] = '\0';
  return g_hash_table_contains (set, buf);
}

/* "according to a congressional report on Wednesday", "In a Des Moines
 * Register poll last month, ...": a phrase of extract.rules
 * [source-time-tail] ending the mention [S, E) of a preposition cue right
 * after a lowercase noun says when, not who, as PolNeAR marks it (not
 * after a participle: "a national Gallup Poll taken last week").  Returns
 * the mention's new end. */
static guint
time_tail_back (Run *r, guint s, guint e)
{
  for (guint w = 3; w >= 2; w--)
    {
      if (e < s + w + 1)
        continue;
      guint t0 = e - w;
      if (!phrase_in (r, r->x->source_time_tail, t0, e))
        continue;
      /* (the longest phrase decides: "from earlier this month" is no
       * "this month" after "earlier"; nor one after a preposition) */
      const CgPatToken *b = TOK (r, t0 - 1);
      if (is_word (b) && !is_cap (b) && !ends_with (b->word, "ed") && !ends_with (b->word, "en")
          && !plain_source_prep (r, t0 - 1) && !tok_is (r, t0 - 1, L_CONTENT_PREP))
        return t0;
      return e;
    }
  return e;
}

/* The token after one of the phrases of the cue rule CUE's attribute
 * ATTR ("idioms=the rear|the rear guard": phrases separated by "|", words
 * by blanks, compared in any case, within one unit) that starts at token
 * I; NONE when none starts there. */
static guint
cue_phrase_at (Run *r, const CgRule *cue, const char *attr, guint i)
{
  const char *list = cg_rule_attr (cue, attr);
  while (list && *list)
    {
      gsize plen = strcspn (list, "|");
      const char *p = list, *pend = list + plen;
      guint k = i;
      gboolean ok = TRUE;
      while (ok)
        {
          while (p < pend && (*p == ' ' || *p == '\t'))
            p++;
          if (p == pend)
            break;
          gsize wl = 0;
          while (p + wl < pend && p[wl] != ' ' && p[wl] != '\t')
            wl++;
          const char *w = k < r->toks->len ? TOK (r, k)->word : NULL;
          ok = w && (k == i || same_unit (r, k - 1, k)) && strlen (w) == wl && g_ascii_strncasecmp (w, p, wl) == 0;
          p += wl;
          k++;
        }
      if (ok && k > i)
        return k;
      list = *pend ? pend + 1 : pend;
    }
  return NONE;
}

/* Whether the word at I, after a comma, ends the reported clause that
 * starts at CS: a word of extract.rules [content-end] ("..., but he said
 * ..."), unless a word of [content-goes-on] follows it ("..., but not
 * ...") and then the same speaker's claim goes on, as PolNeAR marks it;
 * one with parallel=yes only where the content opens with it too or
 * comes right after it ("that ..., but that ..."), one with not-before=WORDS not before those
 * ("but not only did he"), one with contrast=yes only after a negation in
 * the content. */
static gboolean
content_end_at (Run *r, guint cs, guint i)
{
  if (!tok_is (r, i, L_CONTENT_END))
    return FALSE;
  const Entry *e = i + 1 < r->toks->len && same_unit (r, i, i + 1) ? tok_entry (r, i + 1, L_CONTENT_GOES_ON) : NULL;
  if (e == NULL)
    return TRUE;
  /* (the pattern's content may start after its own "that") */
  if (cg_rule_attr (e->rule, "parallel") && g_ascii_strcasecmp (TOK (r, cs)->word, TOK (r, i + 1)->word) != 0
      && !(cs > 0 && g_ascii_strcasecmp (TOK (r, cs - 1)->word, TOK (r, i + 1)->word) == 0))
    return TRUE;
  if (i + 2 < r->toks->len && cue_attr_lists (e->rule, "not-before", TOK (r, i + 2)->word))
    return TRUE;
  /* (contrast=yes: only after a negation in the content, "not merely an
   * election, but a battle"; not "challenged the board's decision, but a
   * judge upheld it") */
  if (cg_rule_attr (e->rule, "contrast"))
    {
      for (guint k = cs; k < i; k++)
        if (tok_is (r, k, L_NEGATION))
          return FALSE;
      return TRUE;
    }
  return FALSE;
}

/* Whether a speaker mention starting at S and its cue follow before CE
 * (within source_max_words, not over a quotation mark, nor over a comma
 * when NO_COMMA): a clause of its own. */
static gboolean
own_clause_at (Run *r, guint s, guint ce, gboolean no_comma)
{
  for (guint k = s + 1; k < ce && k < s + 1 + r->x->source_max_words; k++)
    {
      const CgPatToken *v = TOK (r, k);
      if (v->quote_open >= 0 || v->quote_close >= 0 || (no_comma && is_char (v->word, ',')))
        return FALSE;
      guint s0, me;
      if (v->cue && source_back (r, k - v->cue_pre, &s0, &me) && s0 == s)
        return TRUE;
    }
  return FALSE;
}

/* Whether the words from CS to I, at most MAX_WORDS of them, are a short
 * object content of match M of PATTERN: right after a verb cue that takes
 * no that-clause (cue-verbs.rules that=yes: "said Trump spoke at a rally"
 * holds a clause of its own), not opened by an infinitive's "to"
 * ([cue-infinitives]: "planned to protest at the conference"), words with
 * no cue among them, and with NO_PREP none of [source-prepositions] (a
 * complement: "dismissed critique of his performance at Saturday's
 * debate"). */
static gboolean
object_content (Run *r, guint pattern, const CgPatMatch *m, guint cs, guint i, guint max_words, gboolean no_prep)
{
  if (i < cs + 1 || i - cs > max_words || m->cue_rule == NULL || cs < m->cue_end
      || r->x->anchor[pattern] == CG_PAT_ANCHOR_NOUN || cg_rule_attr (m->cue_rule, "that")
      || tok_is (r, cs, L_CUE_INFINITIVE))
    return FALSE;
  for (guint k = cs; k < i; k++)
    if (!is_word (TOK (r, k)) || TOK (r, k)->cue || (no_prep && plain_source_prep (r, k)))
      return FALSE;
  return TRUE;
}

/* Whether the words from CS to I, at most extract.rules
 * setting_phrase_max_words of them, are a longer object content of match M
 * of PATTERN that a setting phrase may end: right after a verb cue that
 * takes no that-clause, with no cue and no word of [after-hearer] among
 * them (a clause of its own: "expressed concern that the billionaire
 * businessman was encouraging violence at his rallies", "declined to
 * define ... in his Monday speech" go on), words, quotation marks and
 * apostrophes only ("called the KKK "abhorrent" | in a tweet Sunday",
 * "praised Breitbart News' Washington Political Editor Matthew Boyle | at
 * a press conference").  Unlike object_content(), prepositions may stand
 * among them: "is touting his recent wins in caucuses and primaries | in
 * his opening statement". */
static gboolean
setting_object_content (Run *r, guint pattern, const CgPatMatch *m, guint cs, guint i)
{
  if (i < cs + 1 || i - cs > r->x->setting_phrase_max_words || m->cue_rule == NULL || cs < m->cue_end
      || r->x->anchor[pattern] == CG_PAT_ANCHOR_NOUN || cg_rule_attr (m->cue_rule, "that"))
    return FALSE;
  for (guint k = cs; k < i; k++)
    {
      const CgPatToken *t = TOK (r, k);
      if (t->cue || tok_is (r, k, L_AFTER_HEARER)
          || (!is_word (t) && t->quote_open < 0 && t->quote_close < 0 && !is_apostrophe (t)))
        return FALSE;
    }
  return TRUE;
}

/* Whether the word at I, in the content from CS to CE of match M of
 * PATTERN, opens the setting of the saying: "criticized the judge | at a
 * boisterous San Diego rally", "congratulated Sanders | during a rally in
 * Brooklyn", "touted his outsider bona fides | in a commercial".  After a
 * short object content (object_content(), at most extract.rules
 * setting_max_words words) or a longer one (setting_object_content()), a word of [setting-prepositions], a
 * determiner or a name's possessive, and within three more words one of
 * [setting-nouns] are when and where the speaker spoke, no part of what
 * was said, as PolNeAR marks it (PolNeAR train: 14 contents exact, none
 * broken). */
static gboolean
setting_at (Run *r, guint pattern, const CgPatMatch *m, guint cs, guint i, guint ce)
{
  const CgExtractor *x = r->x;
  if (i < cs + 1 || i - cs > MAX (x->setting_max_words, x->setting_phrase_max_words) || i + 1 >= ce)
    return FALSE;
  /* (past setting_max_words words only the determiner's or possessive's
   * phrase below may end the content: tested before the lookup, which
   * this scan would make on each word before a name) */
  if (i - cs > x->setting_max_words && !tok_is (r, i + 1, L_DET)
      && !(is_cap (TOK (r, i + 1)) && ends_possessive (TOK (r, i + 1)->word)))
    return FALSE;
  if (!g_hash_table_contains (x->setting_preps, TOK (r, i)->word))
    return FALSE;
  /* "endorsed Hillary Clinton | in November", "endorsed Republican
   * presidential candidate Donald Trump | in 2015": a capitalized month or
   * weekday of [time-words] or a year right after the preposition is
   * when the speaker spoke, where the content ends there or a comma or a
   * word of [setting-nouns] follows, a number between ("in June 2015",
   * not "did ask the Trump Organization in January 2017 to reimburse
   * him"), as PolNeAR marks it (PolNeAR train: 5 contents exact, none
   * broken) */
  {
    const CgPatToken *t = TOK (r, i + 1);
    char low[32];
    gsize n = strlen (t->word);
    gboolean when = FALSE;
    if (n < sizeof low && is_word (t))
      {
        for (gsize c = 0; c <= n; c++)
          low[c] = g_ascii_tolower (t->word[c]);
        when = is_cap (t) && g_hash_table_contains (x->time_words, low);
      }
    if (!when && n == 4 && (t->flags & CG_TOKEN_NUMBER) && (t->word[0] == '1' || t->word[0] == '2'))
      when = TRUE;
    if (when)
      {
        guint j = i + 2;
        if (j < ce && (TOK (r, j)->flags & CG_TOKEN_NUMBER))
          j++;
        const CgPatToken *after = j < ce ? TOK (r, j) : NULL;
        return (after == NULL || is_char (after->word, ',') || g_hash_table_contains (x->setting_nouns, after->word))
               && !tok_is (r, i - 1, L_CUE_JOIN) && object_content (r, pattern, m, cs, i, x->setting_max_words, TRUE);
      }
  }
  if (i + 2 >= ce)
    return FALSE;
  const CgPatToken *d = TOK (r, i + 1);
  if (!tok_is (r, i + 1, L_DET) && !(is_cap (d) && ends_possessive (d->word)))
    return FALSE;
  /* (nor after "and": "supporting Sanders as a superdelegate and in a
   * statement credited him") */
  /* (a content of more than setting_max_words words, or one holding a
   * preposition or a quoted word, only as setting_object_content() says:
   * "was defending his support of waterboarding and other enhanced
   * interrogation techniques | at a rally in South Carolina") */
  if (tok_is (r, i - 1, L_CUE_JOIN)
      || (!object_content (r, pattern, m, cs, i, x->setting_max_words, TRUE)
          && !setting_object_content (r, pattern, m, cs, i)))
    return FALSE;
  /* (nor before a quotation or an infinitive the content goes on to:
   * "described the DLC during a Tuesday interview as "a remnant of another
   * period."", "encouraging his supporters at a rally Friday evening in
   * Michigan to ask why ...") */
  for (guint k = i + 1; k < ce; k++)
    if (TOK (r, k)->quote_open >= 0 || tok_is (r, k, L_CUE_INFINITIVE))
      return FALSE;
  for (guint k = i + 2; k < ce && k < i + 5; k++)
    {
      if (!is_word (TOK (r, k)))
        return FALSE;
      /* (a capitalized noun after a lowercase preposition is a name's:
       * "blamed President Barack Obama for the divisions in the House
       * Republican Conference"; a headline capitalizes both, "Slams
       * Hillary And The Media | In One Debate Answer") */
      if (g_hash_table_contains (x->setting_nouns, TOK (r, k)->word))
        return !is_cap (TOK (r, k)) || is_cap (TOK (r, i));
    }
  return FALSE;
}

/* The first token of a time phrase that ends at E, in the content from
 * CS of match M of PATTERN, and says when the speaker spoke, or NONE:
 * "endorsed Cruz | Wednesday", "rejected Trump's offer | Tuesday",
 * "endorsed Cruz | last week", "echoed that promise | on Monday".  After
 * a short object content (object_content(), at most extract.rules
 * setting_max_words words, none of them a preposition), a phrase of
 * [source-time-tail] or a capitalized word of [time-words] saying day=yes
 * (a weekday; not a month, "the Women's March", nor "Theresa May") ends
 * the content where it ends there or a comma or a dash follows (the
 * caller's E), as PolNeAR marks it (PolNeAR train: 8 contents exact, 1
 * broken, "praised Clinton's remarks | on Thursday"); not before anything
 * else ("called that report Friday | a "boldfaced lie"", "pointing to
 * Cruz's victories Tuesday | in Texas"), nor before a date's comma ("a
 * proposal on Friday, Dec. 6, 2019 that ..."), nor after a preposition or
 * a word of [not-content-start] ("Gore's decision earlier Sunday"), nor a
 * weekday after a word of [day-modifiers] ("your vote this Tuesday"). */
static guint
setting_time_before (Run *r, guint pattern, const CgPatMatch *m, guint cs, guint e)
{
  const CgExtractor *x = r->x;
  guint j = e;
  /* (a comma before a number, or before a capitalized word and a number,
   * goes on with a date: "a proposal on Friday, Dec. 6, 2019 that aims
   * ...") */
  if (e + 1 < r->toks->len && is_char (TOK (r, e)->word, ','))
    {
      guint k = e + 1, n = r->toks->len;
      if (is_cap (TOK (r, k)) && k + 1 < n)
        k += is_char (TOK (r, k + 1)->word, '.') && k + 2 < n ? 2 : 1;
      if (TOK (r, k)->flags & CG_TOKEN_NUMBER)
        return NONE;
    }
  for (guint w = 3; w >= 1; w--)
    {
      if (j < cs + 1 + w || j - w - cs > x->setting_max_words)
        continue;
      guint i = j - w;
      /* ([not-content-start] holds "in", "by", "earlier", "last": "the
       * nomination earlier Sunday" is left whole, not cut inside; the
       * word's tests first, the phrase's look-up last) */
      const CgPatToken *t = TOK (r, i), *p = TOK (r, i - 1);
      if (!is_word (p) || tok_is (r, i - 1, L_CONTENT_PREP)
          || tok_is (r, i - 1, L_SOURCE_PREP) || tok_is (r, i - 1, L_NOT_CONTENT))
        continue;
      if (w == 1)
        {
          char low[16];
          gsize n = strlen (t->word);
          if (!is_cap (t) || n >= sizeof low)
            continue;
          for (gsize c = 0; c <= n; c++)
            low[c] = g_ascii_tolower (t->word[c]);
          const CgRule *tw = g_hash_table_lookup (x->time_words, low);
          if (tw == NULL || !cg_rule_attr (tw, "day"))
            continue;
        }
      else
        {
          guchar f = (guchar) g_ascii_tolower (t->word[0]), l = (guchar) g_ascii_tolower (TOK (r, j - 1)->word[0]);
          if (!(x->time_first[f >> 6] & (G_GUINT64_CONSTANT (1) << (f & 63)))
              || !(x->time_last[l >> 6] & (G_GUINT64_CONSTANT (1) << (l & 63)))
              || !same_unit (r, i, j - 1) || !phrase_in (r, x->source_time_tail, i, j))
            continue;
        }
      /* (nor after a participle, "the 19 firefighters killed Sunday",
       * extract.rules relative_verb_suffix; nor in a content holding a
       * preposition of [content-prepositions], "on Fox News Sunday", or an
       * infinitive, "urged them to vote Tuesday": the time is theirs) */
      gsize sl = x->relative_verb_suffix ? strlen (x->relative_verb_suffix) : 0, pl = strlen (p->word);
      if (sl && !is_cap (p) && pl > sl + 2 && strcmp (p->word + pl - sl, x->relative_verb_suffix) == 0)
        return NONE;
      for (guint k = cs; k < i; k++)
        if (tok_is (r, k, L_CONTENT_PREP) || (tok_is (r, k, L_CUE_INFINITIVE) && !tok_is (r, k + 1, L_DET)))
          return NONE;
      /* (not after a word of [day-modifiers]: "your vote this Tuesday",
       * "won Super Tuesday", "lashed out at his critics late on
       * Monday") */
      if (phrase_in (r, x->day_modifiers, i - 1, i))
        return NONE;
      return object_content (r, pattern, m, cs, i, x->setting_max_words, TRUE) ? i : NONE;
    }
  return NONE;
}

/* The one-word entry of LIST (a rule section's entries) that is WORD,
 * case aside, or NULL.  Borrowed from the rules. */
static const CgRule *
one_word_entry (const GPtrArray *list, const char *word)
{
  for (guint k = 0; k < list->len; k++)
    {
      const CgRule *e = g_ptr_array_index (list, k);
      if (e->n_words == 1 && g_ascii_strcasecmp (e->words[0], word) == 0)
        return e;
    }
  return NULL;
}

/* The entry of [object-clause-joiners] that the word token T is: a
 * one-word entry that is it, case aside, or an entry "*SUFFIX" when T is
 * lowercase, ends in SUFFIX after at least three letters and is no cue
 * nor a word of the entry's not=WORDS ("*ing": ", raising fresh
 * questions", not ", including"), or NULL.  Borrowed from the rules. */
static const CgRule *
joiner_entry (const GPtrArray *list, const CgPatToken *t)
{
  const CgRule *e = one_word_entry (list, t->word);
  if (e || t->cue || is_cap (t))
    return e;
  gsize n = strlen (t->word);
  for (gsize c = 0; c < n; c++)
    if (!g_ascii_islower (t->word[c]))
      return NULL;
  for (guint k = 0; k < list->len; k++)
    {
      e = g_ptr_array_index (list, k);
      const char *w = e->words[0];
      gsize m = strlen (w);
      if (e->n_words == 1 && w[0] == '*' && m > 1 && n >= m + 2
          && strcmp (t->word + n - (m - 1), w + 1) == 0 && !cue_attr_lists (e, "not", t->word))
        return e;
    }
  return NULL;
}

/* Whether the comma at I, in the content from CS to CE of match M of
 * PATTERN, ends a short object content before a clause of its own:
 * "publicly endorsed him | , and the bad blood Cruz engendered ...
 * prevented him ...", "have sought bankruptcy protection | , while
 * others have slipped into foreclosure".  After a short object content
 * (object_content(), at most extract.rules object_clause_max_words
 * words), a word of [object-clause-joiners] after the comma (or one a
 * "*SUFFIX" entry stands for, joiner_entry(): ", providing a boost")
 * opens the writer's next clause, no part of what was said, as PolNeAR
 * marks it;
 * one saying subject=yes only before a pronoun, a determiner or a
 * capitalized word (its subject: not "..., and speaking fees"). */
static gboolean
object_clause_at (Run *r, guint pattern, const CgPatMatch *m, guint cs, guint i, guint ce)
{
  const CgExtractor *x = r->x;
  /* (not after a preposition cue: "In a ... poll released on Tuesday,
   * Biden's support reached its lowest point ..., dropping from 24
   * percent in July to 15 percent" is the poll's sentence) */
  if (!is_char (TOK (r, i)->word, ',') || i + 3 >= ce || i - cs > x->object_clause_max_words
      || !is_word (TOK (r, i + 1)) || x->anchor[pattern] != CG_PAT_ANCHOR_CUE)
    return FALSE;
  const CgRule *j = joiner_entry (x->object_joiners, TOK (r, i + 1));
  if (j == NULL || !object_content (r, pattern, m, cs, i, x->object_clause_max_words, FALSE))
    return FALSE;
  /* A "*SUFFIX" entry's word ends no content that holds such a word
   * itself (a list: "eliminating caucuses, limiting the number ...",
   * "the waving, smiling feel") or that opens with a word of
   * [after-hearer] (a clause: "how, growing up, Rafael turned ..."). */
  if (j->words[0][0] == '*')
    {
      if (tok_is (r, cs, L_AFTER_HEARER))
        return FALSE;
      for (guint k = cs; k < i; k++)
        if (joiner_entry (x->object_joiners, TOK (r, k)) == j)
          return FALSE;
    }
  const CgPatToken *v = TOK (r, i + 2);
  return !cg_rule_attr (j, "subject")
         || (is_word (v) && (tok_is (r, i + 2, L_PRON) || tok_is (r, i + 2, L_DET) || is_cap (v)));
}

/* Whether the comma at I, in the content from CS to CE of a match of
 * PATTERN, ends it before the writer's last clause: "they have a
 * favorable view of Clinton | , compared with 64 percent who say the same
 * of Sanders".  After a verb cue's content (not a preposition's: "In a
 * CNN/ORC poll ..., 31% ... said ..., compared with 23% of Democrats" is
 * the poll's sentence), a word of extract.rules [tail-openers] after the
 * comma, at least min-words=N words of content before it (1 when unset),
 * and no comma, dash or quotation mark from there to the content's end,
 * as PolNeAR marks it.  next=WORDS: only before one of those ("compared
 * with"). */
static gboolean
tail_at (Run *r, guint pattern, guint cs, guint i, guint ce)
{
  const CgExtractor *x = r->x;
  if (x->tail_openers->len == 0 || i + 2 >= ce || !is_word (TOK (r, i + 1))
      || x->anchor[pattern] != CG_PAT_ANCHOR_CUE)
    return FALSE;
  const CgRule *e = one_word_entry (x->tail_openers, TOK (r, i + 1)->word);
  if (e == NULL)
    return FALSE;
  const char *nx = cg_rule_attr (e, "next");
  if (nx && !word_listed (nx, TOK (r, i + 2)->word))
    return FALSE;
  const char *mw = cg_rule_attr (e, "min-words");
  guint min = mw ? (guint) atoi (mw) : 1, words = 0;
  for (guint k = cs; k < i; k++)
    words += is_word (TOK (r, k)) || (TOK (r, k)->flags & CG_TOKEN_NUMBER);
  if (words < min)
    return FALSE;
  for (guint k = i + 2; k < ce; k++)
    {
      const CgPatToken *t = TOK (r, k);
      if (t->quote_open >= 0 || t->quote_close >= 0 || is_char (t->word, ',') || is_dash (t->word))
        return FALSE;
    }
  return TRUE;
}

/* The comma closing a relative clause that opens at REL (a word of
 * extract.rules [relative] after a subject and its comma) when a verb
 * phrase of the subject follows it before LIMIT, the participle cue's
 * comma: "Trump, who regularly watches Fox & Friends, | chimed in,
 * tweeting"; NONE otherwise (no quotation mark, no taken word, no
 * second comma inside). */
static guint
relative_clause_end (Run *r, guint rel, guint limit)
{
  guint k = rel + 1;
  while (k < limit && k - rel <= 2 * r->x->source_max_words && same_unit (r, rel, k) && !is_char (TOK (r, k)->word, ',')
         && TOK (r, k)->quote_open < 0 && TOK (r, k)->quote_close < 0 && !TOK (r, k)->taken)
    k++;
  if (k + 2 >= limit || !is_char (TOK (r, k)->word, ',') || !same_unit (r, k, limit - 1))
    return NONE;
  /* the verb phrase: lowercase words up to the cue's comma */
  for (guint i = k + 1; i + 1 < limit; i++)
    if (!is_word (TOK (r, i)) || is_cap (TOK (r, i)) || TOK (r, i)->taken)
      return NONE;
  return k;
}

/* Whether cue rule CUE is a participle's (cue-verbs.rules base=ing). */
static gboolean
participle_cue (Run *r, const CgRule *cue)
{
  const char *b = cue ? rule_base (r, cue) : NULL;
  return b && strcmp (b, "ing") == 0;
}

/* Make the assertion of match M of PATTERN; FALSE when the match is no
 * attribution after all, so the next pattern may be tried at its anchor. */
/* "An economic downturn, he said, "could be a good time to borrow"": on a
 * pattern saying fronted=yes, the words opening the sentence before the
 * speaker's comma are part of the content when the quotation goes on with
 * them (its first word in lower case), as PolNeAR marks it; not when they
 * hold a cue, whose attribution they would swallow ("Hall said gay
 * marriage supporters have told him ... but, he said, "the truth ..."),
 * nor when a word of [not-content-start] opens them, a setting ("In the
 * Declaration of Independence, Jefferson declares that, "all men ...").
 * Returns the first of those words, or NONE. */
static guint
fronted_start (Run *r, const PatternAttrs *pa, const CgPatMatch *m, gint direct_q, guint source_start)
{
  const char *f = pa->fronted;
  if (!f || strcmp (f, "yes") != 0 || direct_q < 0 || m->quote2 >= 0 || source_start == NONE
      || source_start < 2 || source_start > m->cue_start || !is_char (TOK (r, source_start - 1)->word, ',')
      || !same_unit (r, source_start - 2, source_start))
    return NONE;
  const CgPatQuote *pq = &g_array_index (r->qs, CgPatQuote, (guint) direct_q);
  guint w = pq->open + 1;
  while (w <= pq->last && !is_word (TOK (r, w)))
    w++;
  if (w > pq->last || is_cap (TOK (r, w)))
    return NONE;
  guint s = source_start - 2;
  while (s > 0 && same_unit (r, s - 1, s))
    s--;
  gboolean word = FALSE;
  for (guint i = s; i + 1 < source_start; i++)
    {
      const CgPatToken *t = TOK (r, i);
      if (t->taken || t->quote_open >= 0 || (r->tf[i] & TF_CUE))
        return NONE;
      word |= is_word (t);
    }
  return word && !tok_is (r, s, L_NOT_CONTENT) ? s : NONE;
}

/* Whether the token I, right after cue rule CUE, opens a phrase of the
 * medium its entry ends with (cue-verbs.rules medium=yes): a past
 * participle, extract.rules relative_verb_suffix ("said in a statement
 * provided to the Monitor", "in an email sent to supporters"), is no
 * content's first word. */
static gboolean
medium_participle (Run *r, const CgRule *cue, guint i)
{
  const char *suf = r->x->relative_verb_suffix;
  /* (a medium follows a verb: a one-word entry names none; then the
   * word, before the rule's attribute, looked up by name) */
  if (!cue || cue->n_words < 2 || !suf || i >= r->toks->len)
    return FALSE;
  const CgPatToken *t = TOK (r, i);
  return is_word (t) && !is_cap (t) && strlen (t->word) > strlen (suf) + 2 && ends_with (t->word, suf)
         && g_strcmp0 (cg_rule_attr (cue, "medium"), "yes") == 0;
}

/* Whether a word of its sentence comes before the token S, quotation
 * marks apart: a content that does not open its sentence ("While Will
 * acknowledges Trump's appeal as a "forceful persona," he sees ..."). */
static gboolean
content_inside (Run *r, guint s)
{
  for (guint i = s; i > 0 && same_unit (r, i - 1, s); i--)
    {
      const CgPatToken *t = TOK (r, i - 1);
      if (is_word (t) && t->quote_open < 0 && t->quote_close < 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
from_match (Run *r, guint pattern, const CgPatMatch *m)
{
  const PatternAttrs *pa = &r->x->pattrs[pattern];
  /* "his decision to leave": a cue noun whose cue-nouns.rules entry says
   * opens=WORD reports a content opened by that word right after it (not
   * "his decision on the bill") */
  const char *opens = r->x->anchor[pattern] == CG_PAT_ANCHOR_NOUN && m->cue_rule ? cg_rule_attr (m->cue_rule, "opens") : NULL;
  if (opens && (m->content_start != m->cue_end || m->content_start >= r->toks->len
                || strcmp (TOK (r, m->content_start)->word, opens) != 0))
    return FALSE;
  /* "the allegations that were made against him": a "that" right after a
   * cue noun before a word of its entry's not-after-that= (an auxiliary)
   * opens a relative clause about the noun, no content of it */
  if (r->x->anchor[pattern] == CG_PAT_ANCHOR_NOUN && m->cue_rule && m->content_start == m->cue_end + 1
      && m->content_start < r->toks->len && g_ascii_strcasecmp (TOK (r, m->cue_end)->word, "that") == 0
      && cue_attr_lists (m->cue_rule, "not-after-that", TOK (r, m->content_start)->word))
    return FALSE;
  /* "Suggestions that officials had improperly unmasked Trump officials
   * garnered just 20 minutes of coverage": a cue noun after its that-clause
   * with no speaker that opens its sentence, after determiners only, is
   * its subject, and the clause runs on into the main verb: no content */
  if (r->x->anchor[pattern] == CG_PAT_ANCHOR_NOUN && m->cue_rule && m->source_start == NONE
      && m->content_start > m->cue_start)
    {
      guint i = m->cue_start;
      while (i > 0 && same_unit (r, i - 1, m->cue_start) && tok_is (r, i - 1, L_DET))
        i--;
      if (i == 0 || !same_unit (r, i - 1, m->cue_start))
        return FALSE;
    }
  /* "Significantly, Sen. Bob Corker, who chairs ..., also weighed in,
   * saying the program ...", "In interviews, leading supporters of TPP
   * remain steadfastly optimistic, insisting ...": a split content whose
   * first part is an opening adverb or phrase (opening_phrase(): an -ly
   * word alone, or opened by a word of [not-content-start]) and whose
   * second part opens with a participle cue after a comma is that cue's
   * content, not this one's (not '"Nonsense," Obama shot back, noting
   * ...', whose first part is a content) */
  if (m->split_start != NONE && m->split_end < m->content_end && m->split_end > 0 && m->content_start < m->split_start
      && is_char (TOK (r, m->split_end - 1)->word, ',') && TOK (r, m->split_end)->cue
      && participle_cue (r, TOK (r, m->split_end)->cue) && opening_phrase (r, m->split_start)
      && (m->split_start - m->content_start > 1 || ends_with (TOK (r, m->content_start)->word, "ly")))
    return FALSE;
  /* "Another Connecticut former lawmaker, Sen. Joe Lieberman (I-Conn.),
   * also stated his intention ...": a cue right before its speaker (an
   * inverted one, '"...," said Smith') opens with its verb; one opened by
   * an auxiliary or adverb of the cue group is the main verb of its
   * sentence, and what follows it is its object */
  if (m->cue_rule && m->source_start == m->cue_end && m->group_start < m->cue_start && !TOK (r, m->cue_start)->prep)
    return FALSE;
  /* opener=no: "Shortly after my sentence, Eric Holder announced his
   * resignation."  A content before the speaker is no content when a word
   * that may open one follows the cue: the cue's content follows it, as
   * PolNeAR marks it; not before a word of extract.rules
   * [not-content-start] or a time phrase in the three tokens after the
   * cue ("..., police said on Monday", "..., she said Tuesday", "..., the
   * office said late on Saturday"), nor after a cue with a hearer
   * (hearer=yes: "..., a spokesman told The Wall Street Journal") */
  if ((pa->opener_no || (pa->opener_inside && m->content_end < m->cue_start && content_inside (r, m->content_start)))
      && m->cue_rule && m->content_end < m->cue_start && m->cue_end < r->toks->len
      && same_unit (r, m->cue_start, m->cue_end) && is_word (TOK (r, m->cue_end))
      && g_strcmp0 (cg_rule_attr (m->cue_rule, "hearer"), "yes") != 0)
    {
      /* (nor right after it a word of [content-prepositions] or of the
       * cue's hearer-prep=, which opens its hearer ("..., Smith said in a
       * statement to the Times"), nor after a phrasal cue of
       * tail=before-content: '"...," Sen. John Thune said of Trump's
       * recent behavior') */
      gboolean adverbial = tok_is (r, m->cue_end, L_CONTENT_PREP)
                           || cue_attr_lists (m->cue_rule, "hearer-prep", TOK (r, m->cue_end)->word)
                           || g_strcmp0 (cg_rule_attr (m->cue_rule, "tail"), "before-content") == 0
                           || medium_participle (r, m->cue_rule, m->cue_end);
      for (guint i = m->cue_end; i < m->cue_end + 3 && i < r->toks->len && same_unit (r, m->cue_end, i) && !adverbial; i++)
        adverbial = (is_word (TOK (r, i)) && tok_is (r, i, L_NOT_CONTENT)) || time_phrase_at (r, i) != i;
      if (!adverbial)
        return FALSE;
    }
  /* "..., but she was reportedly disappointed by ...": a cue noun inside
   * its content (cue-nouns.rules [hearsay]) reports its own clause, from
   * after the last ";", ":", or comma and word of its clause-after=;
   * after a word of not-after= ("fired Comey and reportedly tried to fire
   * Mueller") the clause's subject is another deed's, and it reports
   * nothing */
  CgPatMatch own;
  if (r->x->anchor[pattern] == CG_PAT_ANCHOR_NOUN && m->cue_rule && m->split_start != NONE
      && m->source_start == NONE && m->content_start < m->cue_start)
    {
      if (m->cue_start > m->content_start && cue_attr_lists (m->cue_rule, "not-after", TOK (r, m->cue_start - 1)->word))
        return FALSE;
      const char *part = cg_rule_attr (m->cue_rule, "participle");
      guint cs = m->content_start;
      for (guint i = m->content_start; i + 1 < m->cue_start; i++)
        {
          const char *w = TOK (r, i)->word;
          if (is_char (w, ';') || is_char (w, ':'))
            cs = i + 1;
          else if (is_char (w, ',') && i + 2 < m->cue_start
                   && cue_attr_lists (m->cue_rule, "clause-after", TOK (r, i + 1)->word))
            cs = i + 2;  /* the joining word is no part of it */
        }
      /* "(her team has reportedly consulted ...)": an aside in
       * parentheses is the clause; "Though ..., Clinton has reportedly
       * amassed": a content opened by a word of opener-cut= (a fronted
       * subordinate clause or adverbial) starts after its first comma */
      guint ce = m->content_end, before_paren = NONE;
      for (guint i = cs; i < m->cue_start; i++)
        if (is_char (TOK (r, i)->word, '('))
          {
            before_paren = cs;
            cs = i + 1;
          }
        else if (is_char (TOK (r, i)->word, ')') && before_paren != NONE)
          {
            cs = before_paren;  /* closed before the adverb: "McConnell (R-KY) reportedly broke" */
            before_paren = NONE;
          }
      if (cs == m->content_start && cue_attr_lists (m->cue_rule, "opener-cut", TOK (r, cs)->word))
        for (guint i = cs + 1; i + 1 < m->cue_start; i++)
          if (is_char (TOK (r, i)->word, ','))
            {
              cs = i + 1;
              break;
            }
      /* its clause ends at the aside's ")", before a comma and a word of
       * end-after-comma= (", but they had returned", ", leaving ...") or a
       * word of end-before-clause= opening a clause by its pronoun ("as it
       * nears the end ...", not "to remain as a consultant") */
      gboolean paren = cs > 0 && is_char (TOK (r, cs - 1)->word, '(');
      for (guint i = m->cue_end; i < ce; i++)
        {
          const char *w = TOK (r, i)->word;
          if (paren && is_char (w, ')'))
            ce = i;
          else if (is_char (w, ',') && i + 1 < ce
                   && (cue_attr_lists (m->cue_rule, "end-after-comma", TOK (r, i + 1)->word)
                       || (part && !is_cap (TOK (r, i + 1)) && g_str_has_suffix (TOK (r, i + 1)->word, part)
                           && !cue_attr_lists (m->cue_rule, "not-participle", TOK (r, i + 1)->word))))
            ce = i;
          else if (i > m->cue_end && i + 1 < ce && cue_attr_lists (m->cue_rule, "end-before-clause", w)
                   && tok_is (r, i + 1, L_PRON))
            ce = i;
        }
      if (cs != m->content_start || ce != m->content_end)
        {
          own = *m;
          own.content_start = cs;
          own.content_end = ce;
          m = &own;
        }
    }
  /* "Hours later, Intel said the event was canceled.": words after the
   * cue of a content before it are when or where ("..., he said on
   * Tuesday."), not a clause of its own, opened by a determiner or
   * pronoun, that is the cue's content (unless the cue names its hearer
   * there, "told the AP.", or is a phrasal one, "said of the group.") */
  if (m->cue_rule && m->quote < 0 && m->cue_rule->n_words == 1 && m->content_end <= m->group_start
      && m->cue_end < r->toks->len
      && same_unit (r, m->cue_end - 1, m->cue_end) && !cg_rule_attr (m->cue_rule, "hearer")
      && m->source_start != NONE && m->source_end <= m->group_start
      && is_word (TOK (r, m->cue_end)) && (tok_is (r, m->cue_end, L_DET) || tok_is (r, m->cue_end, L_PRON)))
    {
      guint words = 0;
      for (guint k = m->cue_end; k < r->toks->len && same_unit (r, m->cue_end, k) && words < 3; k++)
        words += is_word (TOK (r, k));
      if (words >= 3)
        return FALSE;
    }
  /* 'A "former senior U.S. official close to current administration
   * officials" said Trump "seems to be very reckless ..."': a quotation
   * after a determiner opening the sentence is a noun phrase, the
   * subject of the cue after it, not its content with an inverted
   * speaker after the cue (not 'Deportation is a "very real problem
   * ...," said Dan Reim') */
  if (m->quote >= 0 && m->cue_rule && m->content_end <= m->group_start && m->source_start != NONE
      && m->source_start >= m->cue_end && m->content_start > 0 && same_unit (r, m->content_start - 1, m->content_start)
      && m->content_start - 1 == g_array_index (r->unit_start, guint, TOK (r, m->content_start)->sentence)
      && is_word (TOK (r, m->content_start - 1)) && tok_is (r, m->content_start - 1, L_DET)
      && !tok_is (r, m->content_start - 1, L_PRON))
    return FALSE;
  /* "were quick to offer condolences", "declined to comment on": a cue
   * group holding "to" (to_cue(), chain_before()) has its speaker before it
   * and reports what follows it, not a clause before it or a mention
   * after it */
  if (m->cue_start != NONE && m->cue_start > m->group_start && m->quote < 0
      && strcmp (TOK (r, m->cue_start - 1)->word, "to") == 0
      && (m->content_end <= m->group_start || (m->source_start != NONE && m->source_start >= m->cue_end)))
    return FALSE;
  /* "Asked if he was ever bullied, the candidate said no.": a content
   * before the cue opened by a hearer cue opening the sentence is that
   * cue's question; the patterns after take what follows this cue */
  if (m->cue_rule && m->quote < 0 && m->content_end <= m->group_start && m->content_start < m->group_start
      && TOK (r, m->content_start)->cue && is_cap (TOK (r, m->content_start))
      && cg_rule_attr (TOK (r, m->content_start)->cue, "hearer"))
    return FALSE;
  /* "Not surprisingly, Sen. Bernie Sanders supports the proposal.",
   * "Only, CNN didn't report that ...": one or two words opening the
   * sentence before a verb cue with words after it are an adverbial, not
   * its content; the patterns after take what follows the cue */
  if (m->cue_rule && m->quote < 0 && m->split_start == NONE && m->content_end <= m->group_start
      && !TOK (r, m->cue_start)->prep && m->cue_end < r->toks->len && same_unit (r, m->cue_end - 1, m->cue_end)
      && is_word (TOK (r, m->cue_end))
      && m->content_start == g_array_index (r->unit_start, guint, TOK (r, m->content_start)->sentence))
    {
      guint words = 0;
      for (guint k = m->content_start; k < m->content_end && words < 3; k++)
        words += is_word (TOK (r, k));
      if (words <= 2)
        return FALSE;
    }
  /* "But, according to the poll, 46 percent ...": a content before a
   * prepositional cue is more than a word; the patterns after take the
   * clause after its source */
  if (m->cue_start != NONE && TOK (r, m->cue_start)->prep && m->content_end <= m->cue_start)
    {
      guint words = 0;
      for (guint i = m->content_start; i < m->content_end && words < 2; i++)
        words += is_word (TOK (r, i));
      if (words < 2)
        return FALSE;
    }
  /* "Black Lives Matter issued a statement saying ...": a participle cue
   * right after a noun of extract.rules [statement-nouns] with its
   * determiner ("a statement", "her statement", "an open letter"), the
   * object of a verb of [statement-verbs] right before it: PolNeAR's cue
   * runs from that verb to the participle, and the speaker is the verb's
   * subject, not the statement */
  CgPatMatch stmt;
  if (m->cue_rule && m->quote < 0 && m->source_start != NONE && m->source_end == m->group_start
      && m->content_start >= m->cue_end && m->source_start > 0 && m->source_end > m->source_start + 1
      && g_strcmp0 (rule_base (r, m->cue_rule), "ing") == 0
      && tok_is (r, m->source_end - 1, L_STATEMENT_NOUN) && tok_is (r, m->source_start - 1, L_STATEMENT_VERB)
      && same_unit (r, m->source_start - 1, m->source_end) && is_word (TOK (r, m->source_start - 1))
      && (tok_is (r, m->source_start, L_DET) || tok_is (r, m->source_start, L_POSSESSIVE)))
    {
      guint v = m->source_start - 1, s0, me;
      if (source_back (r, v, &s0, &me) && me <= v)
        {
          stmt = *m;
          stmt.source_start = s0;
          stmt.source_end = me;
          stmt.group_start = v;
          m = &stmt;
        }
    }
  /* "the string of contests known as Super Tuesday", "a community known
   * to be supportive of ...": a participle-only form of a cue verb
   * ("known", "seen", "written") with no auxiliary right after a noun
   * phrase, and no agent after it ("by"), describes that noun phrase: no
   * one is named as its speaker, and PolNeAR's content is the noun phrase
   * with the participle and what follows; a word of extract.rules
   * [participle-joiners] ("as") right after it joins the cue */
  CgPatMatch pp;
  if (m->cue_rule && m->quote < 0 && m->source_start != NONE && m->source_end == m->group_start
      && m->group_start == m->cue_start && m->split_start == NONE && m->content_start == m->cue_end
      && m->content_end > m->cue_end + 1 && g_strcmp0 (cg_rule_attr (m->cue_rule, "participle"), "only") == 0
      && same_unit (r, m->source_start, m->content_end - 1) && !tok_is (r, m->cue_end, L_AGENT)
      /* (not after a contracted auxiliary, "We've known since ...") */
      && !strchr (TOK (r, m->source_end - 1)->word, '\'') && !strstr (TOK (r, m->source_end - 1)->word, "\xe2\x80\x99"))
    {
      pp = *m;
      if (tok_is (r, m->cue_end, L_PARTICIPLE_JOINER))
        pp.cue_end = m->cue_end + 1;
      pp.content_start = m->source_start;
      pp.source_start = pp.source_end = NONE;
      m = &pp;
    }
  /* "Obama seemed to recognize the significance ...": a raising verb
   * before its raising= word and a cue verb of its own is part of that
   * cue's group, and its subject is the speaker ("that" after the cue is
   * stepped over like after a hearer: [after-hearer] far=yes). */
  CgPatMatch chain;
  const char *rw = m->cue_rule ? cg_rule_attr (m->cue_rule, "raising") : NULL;
  if (rw && m->split_start != NONE && m->split_end + 1 < m->content_end
      && strcmp (TOK (r, m->split_end)->word, rw) == 0)
    {
      /* an infinitive is never marked as a cue (mark_cues): look it up */
      guint vlen = 0;
      const Entry *ve = match_entry (r, m->split_end + 1, m->content_end, L_VERB, &vlen);
      if (ve && ve->base)
        {
          chain = *m;
          guint s0;
          if (np_back (r, m->split_start, &s0) && s0 == m->content_start)
            {
              chain.source_start = m->content_start;
              chain.source_end = m->split_start;
            }
          chain.cue_start = m->split_end + 1;
          chain.cue_end = chain.cue_start + vlen;
          chain.cue_rule = ve->rule;
          chain.content_start = chain.cue_end;
          const Entry *ah = chain.content_start < m->content_end
                            ? tok_entry (r, chain.content_start, L_AFTER_HEARER) : NULL;
          if (ah && cg_rule_attr (ah->rule, "far"))
            chain.content_start++;
          chain.split_start = chain.split_end = NONE;
          if (chain.content_start >= m->content_end)
            return FALSE;
          m = &chain;
        }
    }
  /* "Obama is expected to win": a passive cue before the raising word
   * (extract.rules passive_raising) reports its subject and what follows,
   * the speaker unnamed, like a raising verb. */
  else if (m->cue_rule && m->source_start != NONE && m->source_end <= m->group_start && m->split_start == NONE
           && m->quote < 0 && m->content_start == m->cue_end && m->content_start + 1 < m->content_end
           && r->x->passive_raising && strcmp (TOK (r, m->content_start)->word, r->x->passive_raising) == 0)
    {
      const char *b = rule_base (r, m->cue_rule);
      gboolean passive = FALSE;
      for (guint i = m->group_start; i < m->cue_start && !passive; i++)
        passive = tok_is (r, i, L_PASSIVE);
      if (passive && b && strcmp (b, "no") == 0)
        {
          chain = *m;
          chain.content_start = m->source_start;
          chain.split_start = m->group_start;
          chain.split_end = m->cue_end;
          chain.source_start = chain.source_end = NONE;
          m = &chain;
        }
    }
  /* "The oceanside icon was ordered closed", "Ryan is viewed as ...": the
   * subject of a passive cue group (a word of [passive] and an inflected
   * form) is no speaker; with no agent the speaker is unnamed */
  if (m != &chain && m->cue_rule && m->source_start != NONE && m->source_end <= m->group_start
      && m->content_start >= m->cue_end && m->quote < 0)
    {
      const char *b = rule_base (r, m->cue_rule);
      gboolean passive = FALSE;
      /* (a contracted auxiliary of passive_contracted only before a verb
       * with a hearer, "I'm asked", "we're told": "I'm worried about",
       * "we're focused on" keep their subject) */
      gboolean hearer = cg_rule_attr (m->cue_rule, "hearer") != NULL;
      for (guint i = m->group_start; i < m->cue_start && !passive; i++)
        passive = tok_is (r, i, L_PASSIVE) || (hearer && word_listed (r->x->passive_contracted, TOK (r, i)->word));
      /* (but "were convinced that", "was worried that": passive=holder
       * on the verb, its subject holds the belief) */
      const char *pv = cg_rule_attr (m->cue_rule, "passive");
      if (passive && b && strcmp (b, "no") == 0 && !(pv && strcmp (pv, "holder") == 0))
        {
          chain = *m;
          chain.source_start = chain.source_end = NONE;
          /* "Sanders was declared | the winner", "Pigs are considered |
           * unclean": passive=subject on the verb, its subject and the
           * complement right after the cue are what is reported, the
           * speaker unnamed, as PolNeAR marks it (not before a clause,
           * "It was announced that ...", nor a quotation; the subject
           * right before the cue group, only words, no relative pronoun:
           * not "Trump, who is seen as a stronger leader than Clinton,
           * hopes ...", "Osman took part in funeral prayers ... and was
           * seen sobbing") */
          gboolean plain = pv && strcmp (pv, "subject") == 0 && m->source_end == m->group_start;
          for (guint i = m->source_start; i < m->group_start && plain; i++)
            plain = is_word (TOK (r, i)) && !tok_is (r, i, L_RELATIVE);
          if (plain && m->split_start == NONE && m->content_start == m->cue_end
              && m->content_start < m->content_end && is_word (TOK (r, m->content_start))
              && !tok_is (r, m->content_start, L_AFTER_HEARER) && !tok_is (r, m->content_start, L_AGENT))
            {
              chain.content_start = m->source_start;
              chain.split_start = m->group_start;
              chain.split_end = m->cue_end;
            }
          /* "We're told by senior leadership that ...": the agent of a
           * hearer passive, between a word of extract.rules [agent] and
           * the "that" opening the content, is the speaker */
          guint ce = m->cue_end, cs = m->content_start;
          if (hearer && ce + 2 < cs && tok_is (r, ce, L_AGENT) && strcmp (TOK (r, cs - 1)->word, "that") == 0
              && cs - 1 - (ce + 1) <= r->x->source_max_words)
            {
              gboolean words = TRUE;
              for (guint i = ce + 1; i < cs - 1 && words; i++)
                words = (is_word (TOK (r, i)) || (TOK (r, i)->flags & CG_TOKEN_NUMBER)) && !TOK (r, i)->cue
                        && TOK (r, i)->quote_open < 0;
              if (words)
                {
                  chain.source_start = ce + 1;
                  chain.source_end = cs - 1;
                }
            }
          m = &chain;
        }
    }
  /* "As The Hill reported, Donald Trump was also accused of ...",
   * "Alongside the allegations ..., the Kremlin is accused of spying": a
   * passive cue group after its subject (a word of [passive] and an
   * inflected form, not passive=holder) reports nothing of the clause
   * before it; other patterns may take the sentence */
  if (m->cue_rule && m->source_start != NONE && m->content_end <= m->source_start
      && m->source_end <= m->group_start && m->quote < 0)
    {
      const char *b = rule_base (r, m->cue_rule);
      const char *pv = cg_rule_attr (m->cue_rule, "passive");
      gboolean passive = FALSE;
      for (guint i = m->group_start; i < m->cue_start && !passive; i++)
        passive = tok_is (r, i, L_PASSIVE);
      if (passive && b && strcmp (b, "no") == 0 && !(pv && strcmp (pv, "holder") == 0))
        return FALSE;
    }
  /* '..., calling him a stiff': a participle is not inverted after its
   * content the way "..., said Zelensky" is */
  if (m->cue_rule && m->source_start != NONE && m->source_start >= m->cue_end && m->content_start < m->cue_start
      && m->quote < 0)
    {
      const char *b = rule_base (r, m->cue_rule);
      if (b && strcmp (b, "ing") == 0)
        return FALSE;
    }
  /* "said he would ensure that ...": a subject pronoun between the cue and
   * a later "that" opens the content itself (not "said Tuesday that",
   * "told him that") */
  /* "says his family assumed that adopting him ...", "sees these gains as
   * evidence that ...": three or more lowercase words between a cue that
   * names no hearer and a later "that", none of them a hearer, a
   * preposition, a time word or a negation ([hearers],
   * [not-content-start], [content-prepositions], [cue-infinitives],
   * [agent], [negation]) and no punctuation, not opened by a word of
   * [hedge-openers] ("said there was a high likelihood that ..." keeps its
   * content after "that", the words before it are its certainty) nor by
   * a medium's participle ("said in a statement released jointly with
   * broadcasting and cable groups that they welcome ..."), are
   * what is said, and the content starts after the cue */
  gboolean gap_said = FALSE;
  if (m->cue_rule && m->split_start == NONE && m->content_start > m->cue_end + 1 && m->quote < 0)
    {
      guint t = m->content_start - 1;
      const Entry *ah = tok_entry (r, t, L_AFTER_HEARER);
      if (ah && cg_rule_attr (ah->rule, "far"))
        {
          for (guint i = m->cue_end; i < t; i++)
            if (tok_is (r, i, L_PRON) && !tok_is (r, i, L_HEARER))
              return FALSE;
          gap_said = t >= m->cue_end + 3 && !is_cap (TOK (r, m->cue_end)) && !cg_rule_attr (m->cue_rule, "hearer")
                     && !tok_is (r, m->cue_end, L_HEDGE_OPENER) && !medium_participle (r, m->cue_rule, m->cue_end);
          for (guint i = m->cue_end; i < t && gap_said; i++)
            gap_said = is_word (TOK (r, i)) && TOK (r, i)->quote_open < 0 && !tok_is (r, i, L_HEARER)
                       && !tok_is (r, i, L_NOT_CONTENT) && !tok_is (r, i, L_CONTENT_PREP)
                       && !tok_is (r, i, L_CUE_INFINITIVE) && !tok_is (r, i, L_AGENT)
                       && !tok_is (r, i, L_NEGATION);
        }
    }
  /* cue=after-source: a label holding a word of extract.rules
   * [topic-labels] names what the headline or passage is about, an
   * event, a policy, a storm, not who speaks ("Brexit: The UK's letter
   * triggering Article 50", "Storm Harvey: Trump to make second visit to
   * Texas", "Immigration Reform: Rupert Murdoch and the Fox News
   * Factor") */
  if (pa->cue_after_source && m->source_start != NONE)
    for (guint i = m->source_start; i < m->source_end && i < r->toks->len; i++)
      if (is_word (TOK (r, i)) && is_cap (TOK (r, i)) && tok_is (r, i, L_TOPIC_LABEL))
        return FALSE;
  /* So does a label opening its sentence that its content names again or
   * speaks of in the third person, a word of extract.rules
   * [topic-label-contents] ("McGahn: Random judge assignment ordered for
   * Don McGahn subpoena case", "Alan Garcia: Peru's former president
   * kills himself ahead of arrest"); a speaker's own words say "I",
   * "myself".  Not before a quotation ('TRUMP: "... a bunch of Trump
   * haters ..."': a transcript's speaker) */
  if (pa->cue_after_source && m->source_start != NONE && m->content_start != NONE && m->content_end <= r->toks->len
      && m->quote < 0 && m->source_start == g_array_index (r->unit_start, guint, TOK (r, m->source_start)->sentence))
    {
      /* (the label's name whole: "Cindy McCain: To honor John McCain,
       * fight for a greater cause" is her own op-ed) */
      guint first = NONE, last = NONE;
      for (guint i = m->source_start; i < m->source_end && i < r->toks->len; i++)
        if (is_word (TOK (r, i)) && is_cap (TOK (r, i)))
          {
            if (first == NONE)
              first = i;
            last = i;
          }
      gsize ll = last != NONE ? strlen (TOK (r, last)->word) : 0;
      /* a headline's label naming a person (a given name of names.rules
       * first) whom the article never has speak (label_speaks()) and who
       * did not write it is a topic ("Jamal Khashoggi: CIA 'blames Saudi
       * prince for murder'"; not "Cindy McCain: To honor John McCain,
       * ..." above her op-ed, nor "McCain: ISIS' rise like ..." above
       * "..., McCain said") */
      if (last != NONE && last > first && TOK (r, first)->paragraph == 0 && headline_at (r, first)
          && tok_is (r, first, L_GIVEN) && !label_speaks (r, last) && !byline_names (r, last))
        return FALSE;
      for (guint i = m->content_start; i < m->content_end; i++)
        {
          const CgPatToken *t = TOK (r, i);
          if (!is_word (t))
            continue;
          if (tok_is (r, i, L_TOPIC_CONTENT))
            return FALSE;
          if (ll > 2 && is_cap (t) && strncmp (t->word, TOK (r, last)->word, ll) == 0
              && (t->word[ll] == '\0' || ends_possessive (t->word)) && i >= m->content_start + (last - first))
            {
              gboolean whole = TRUE;
              for (guint k = first; k < last && whole; k++)
                whole = strcmp (TOK (r, k)->word, TOK (r, i - (last - k))->word) == 0;
              if (whole)
                return FALSE;
            }
        }
    }
  /* speaker=person on the pattern: the mention must read as a person's
   * name, two to four words opened by a title or a given name of
   * names.rules ("Sen. Graham: ...", "Joan Hoff: ..."; not "Poll: ...",
   * "Possible Motivations: ...") */
  const char *want = pa->speaker;
  gboolean label = want && strcmp (want, "label") == 0;
  if (want && (strcmp (want, "person") == 0 || label))
    {
      guint a = m->source_start, b = m->source_end, words = 0;
      for (guint i = a; a != NONE && i < b; i++)
        words += is_word (TOK (r, i));
      /* a single word names a person named in full elsewhere in the
       * article, before a content of a few words, not a list's label
       * ("Trump: 1,547", "Sanders: A miracle") */
      guint content_words = 0;
      gboolean all_cap = TRUE;  /* "De Blasio", not "Five months of Trump" */
      gboolean inner_cue = FALSE;
      for (guint i = m->content_start; i < m->content_end && i < r->toks->len; i++)
        {
          content_words += is_word (TOK (r, i));
          inner_cue |= TOK (r, i)->cue != NULL;
        }
      for (guint i = a; a != NONE && i < b; i++)
        all_cap &= !is_word (TOK (r, i)) || is_cap (TOK (r, i));
      if (a == NONE || words < 1 || words > 4 || !is_cap (TOK (r, b - 1))
          || !((words >= 2 && (tok_is (r, a, L_GIVEN) || tok_title (r, TOK (r, a)) || title_dot (r, a + 1)))
               || (content_words >= 3 && all_cap
                   && (person_elsewhere (r, b - 1)
                       || (label && !inner_cue
                           && (tok_is (r, b - 1, L_LABEL_SPEAKER) || label_again (r, a, b)
                               || label_named (r, a, b, content_words)))))))
        return FALSE;
    }
  /* "It seems the public's view of her is awful", "In this case, it
   * appears that ...": the subject of a raising verb that is a word of
   * extract.rules [expletives] opening its clause is no part of the
   * content, which is what follows the cue ("that" stepped over) */
  if (rw && m != &chain && m->split_start != NONE && m->split_start > m->content_start
      && m->split_end < m->content_end && tok_is (r, m->split_start - 1, L_EXPLETIVE)
      && (m->split_start - 1 == m->content_start || !is_word (TOK (r, m->split_start - 2))
          || tok_is (r, m->split_start - 2, L_BREAK)))
    {
      chain = *m;
      chain.content_start = m->split_end;
      const Entry *ah = tok_entry (r, chain.content_start, L_AFTER_HEARER);
      if (ah && cg_rule_attr (ah->rule, "far") && chain.content_start + 1 < m->content_end)
        chain.content_start++;
      chain.split_start = chain.split_end = NONE;
      m = &chain;
    }
  guint cs0 = m->content_start;
  if (rw && m != &chain && m->split_start != NONE)
    {
      /* "Indeed, a broader swath of Republican voters appears to ...": the
       * content starts at the subject after a comma, not at the clause
       * start */
      guint s0;
      if (np_back_paren (r, m->group_start, &s0) && s0 > cs0 && s0 < m->group_start
          && (!same_unit (r, s0 - 1, s0) || is_char (TOK (r, s0 - 1)->word, ',')))
        cs0 = s0;
    }
  guint cs = cs0, ce = m->content_end;
  if (gap_said)
    cs = m->cue_end;
  /* "Still, almost two in three Republican-leaning voters now view Trump
   * favorably, according to ...": a phrase of extract.rules
   * [content-connectives] and its comma opening the sentence of a content
   * before its cue tie it to the text before, no part of what the source
   * says, as PolNeAR marks it */
  if (m->cue_rule && m->quote < 0 && m->split_start == NONE && m->cue_start != NONE && ce <= m->cue_start
      && cs == g_array_index (r->unit_start, guint, TOK (r, cs)->sentence))
    {
      guint k = cs;
      while (k < ce && k < cs + 4 && is_word (TOK (r, k)))
        k++;
      if (k > cs && k + 1 < ce && is_char (TOK (r, k)->word, ',')
          && phrase_in (r, r->x->content_connectives, cs, k))
        cs = k + 1;
    }
  /* a content the matcher cut before another attribution's tokens in its
   * sentence does not end with the word joining them ("... over Clinton
   * and", "... the European Union as") */
  if (ce < r->toks->len && ce > cs + 1 && same_unit (r, ce - 1, ce))
    {
      guint k = ce;
      while (k < r->toks->len && same_unit (r, ce - 1, k) && !is_word (TOK (r, k)) && !TOK (r, k)->taken && k < ce + 3)
        k++;
      guint ce0 = ce;
      if (k < r->toks->len && same_unit (r, ce - 1, k) && TOK (r, k)->taken)
        while (ce > cs + 1 && is_word (TOK (r, ce - 1)) && !is_cap (TOK (r, ce - 1))
               && (tok_is (r, ce - 1, L_BREAK) || tok_is (r, ce - 1, L_DET) || tok_is (r, ce - 1, L_CONTENT_PREP)
                   || tok_is (r, ce - 1, L_NOT_CONTENT)))
          ce--;
      /* (and the comma before that word: "... his answer, and went on
       * to say, "..."") */
      while (ce < ce0 && ce > cs + 1 && is_char (TOK (r, ce - 1)->word, ','))
        ce--;
    }
  guint source_end = m->source_end;
  /* "She greeted 2,000 supporters at a rowdy rally late Saturday night in
   * Houston and told them that ...", "Perez hammered Trump, calling him
   * ...": on a pattern saying subject=first the speaker is the noun phrase
   * opening the sentence when a verb follows it (a lowercase word after a
   * pronoun, or ending in -ed or -ly, or an auxiliary or adverb of
   * cue-verbs.rules [prefix]: "Donald Trump often takes full credit for
   * ... and has promised that ..."), not all the backward scan reached
   * the sentence start with */
  guint sub_end;
  gboolean subject_first = pa->subject && strcmp (pa->subject, "first") == 0 && m->source_start != NONE
                           && m->cue_rule && source_end <= m->group_start;
  /* '"I was totally against going into Iraq," Trump said, repeating
   * ...': a sentence opening with a quotation has no subject of its own
   * there; the pattern without subject=first finds the speaker of the cue
   * before the comma */
  if (subject_first && TOK (r, m->source_start)->inside >= 0)
    return FALSE;
  if (subject_first && np_fwd (r, m->source_start, &sub_end) && sub_end < source_end
      && is_word (TOK (r, sub_end)) && !is_cap (TOK (r, sub_end)) && !tok_is (r, sub_end, L_NOT_SOURCE)
      && (tok_is (r, m->source_start, L_PRON) || ends_with (TOK (r, sub_end)->word, "ed")
          || ends_with (TOK (r, sub_end)->word, "ly") || tok_is (r, sub_end, L_PREFIX) || tok_is (r, sub_end, L_NP_END)))
    source_end = sub_end;
  /* "Speaking at a town hall event in Salem, New Hampshire, Trump went
   * after Bush, calling him ...", "Hours later, Trump returned ...": a
   * one-word mention opening a phrase before its comma (no noun phrase
   * there: not "Dmitry Peskov, a Kremlin spokesman") is no subject; the
   * noun phrase after the comma is, before its verb */
  guint sub_start = m->source_start;
  if (subject_first && source_end == m->source_start + 1)
    {
      /* (a word of adjunct_opener() opens such a phrase whatever follows
       * it: "Last week, the Clinton campaign also called ...", 'Speaking
       * Sunday on ABC's "This Week," Carson admitted ...') */
      gboolean adj = adjunct_opener (r, m->source_start);
      guint c = source_end, ns, ne;
      while (c < m->group_start && !is_char (TOK (r, c)->word, ',') && (adj || TOK (r, c)->quote_open < 0))
        c++;
      /* (over the commas of a place, "in Salem, New Hampshire, Trump") */
      while (c + 1 < m->group_start && is_char (TOK (r, c)->word, ',') && np_fwd (r, c + 1, &ne)
             && ne < m->group_start && is_char (TOK (r, ne)->word, ','))
        c = ne;
      guint c1 = c + 1;
      while (adj && c1 < m->group_start && TOK (r, c1)->quote_close >= 0)
        c1++;
      if (c < m->group_start && is_char (TOK (r, c)->word, ',')
          && (adj || !(np_back_paren (r, c, &ns) && ns == m->source_start))
          && np_fwd (r, c1, &ne) && ne < m->group_start && is_word (TOK (r, ne)) && !is_cap (TOK (r, ne))
          && (adj || !tok_is (r, ne, L_NOT_SOURCE)))
        {
          sub_start = c1;
          source_end = ne;
        }
    }
  /* "Podesta, who said the project was vetted by his firm's counsel,
   * said ...": a relative clause whose verb reports speech is an
   * attribution of its own, no part of the mention before the cue, as
   * PolNeAR marks it (speech_relative()) */
  if (m->source_start != NONE && m->cue_rule && source_end <= m->group_start)
    for (guint k = m->source_start + 1; k + 1 < source_end; k++)
      if (is_char (TOK (r, k)->word, ',') && speech_relative (r, k + 1))
        {
          source_end = k;
          break;
        }
  /* "In a Washington Post/ABC News poll released Sunday, just 8 percent
   * ...", "According to early results of the exit poll conducted by Edison
   * Research for ..., Clinton led": the speaker of a head=yes or clause=yes
   * preposition (cue-verbs.rules) runs up to the comma before its content,
   * as PolNeAR marks it */
  if (m->cue_rule && TOK (r, m->cue_start)->prep && m->source_start != NONE && m->source_start >= m->cue_end
      && cs > source_end
      && (cg_rule_attr (m->cue_rule, "head") || g_strcmp0 (cg_rule_attr (m->cue_rule, "clause"), "yes") == 0))
    {
      guint k = cs;
      while (k > source_end && is_char (TOK (r, k - 1)->word, ','))
        k--;
      /* (clause=yes: to its first comma, dash or quotation mark: "According
       * to a police report, in one part of the audio, Piner is heard ...") */
      if (!cg_rule_attr (m->cue_rule, "head"))
        for (guint i = source_end; i < k; i++)
          if (is_char (TOK (r, i)->word, ',') || is_dash (TOK (r, i)->word) || TOK (r, i)->quote_open >= 0
              || TOK (r, i)->quote_close >= 0 || TOK (r, i)->taken)
            {
              k = i;
              break;
            }
      source_end = time_tail_back (r, m->source_start, k);
    }
  /* '"kind of problems" had answering': a short quotation before a cue
   * with no comma, question or exclamation mark closing it is a term or a
   * scare quote in the sentence, not what the cue reports. */
  if (m->quote >= 0 && m->quote2 < 0 && m->cue_rule)
    {
      const CgPatQuote *pq = &g_array_index (r->qs, CgPatQuote, m->quote);
      if (pq->close < m->cue_start && quote_words (r, (guint) m->quote) <= r->x->scare_max_words
          && !(pq->close + 1 < r->toks->len && is_char (TOK (r, pq->close + 1)->word, ',')))
        {
          const char *w = TOK (r, pq->last)->word;
          if (!is_char (w, ',') && !is_char (w, '?') && !is_char (w, '!'))
            return FALSE;
        }
    }
  /* 'In past campaigns, "we felt that we could ...," he said': the words
   * before a quotation that opens the content of a cue after it belong to
   * the content when nothing else claims them (no quotation, cue or
   * taken token), as PolNeAR marks it: a mixed content; not an adverbial
   * opened by a word of [not-content-start] or [content-prepositions]
   * ('During his first six weeks in office, "..." '), which scopes the
   * quotation rather than says anything. */
  if (m->quote >= 0 && m->quote2 < 0 && m->cue_rule && cs == (guint) g_array_index (r->qs, CgPatQuote, m->quote).open
      && ce <= m->cue_start && cs > 0)
    {
      guint us = g_array_index (r->unit_start, guint, TOK (r, cs)->sentence), k = cs;
      while (k > us && same_unit (r, k - 1, cs))
        {
          const CgPatToken *t = TOK (r, k - 1);
          if (t->taken || t->cue || t->prep || t->quote_open >= 0 || t->quote_close >= 0 || is_char (t->word, ':'))
            break;
          k--;
        }
      if (k == us && k < cs && !tok_is (r, k, L_NOT_CONTENT) && !tok_is (r, k, L_CONTENT_PREP))
        cs = k;
    }
  /* "On economic issues, 42% say they are liberal", "When Netanyahu came
   * to Washington, he felt ...": a phrase opened by a preposition or a
   * word of [subordinators] before the comma is no content of the cue
   * after it */
  /* (not "About 270 people have now been resettled ..., officials
   * said": an opener that is a [quantities] word before a number or
   * another one counts) */
  if (m->cue_rule && ce <= m->cue_start && m->quote < 0 && m->split_start == NONE
      && (tok_is (r, cs, L_NOT_CONTENT) || tok_is (r, cs, L_CONTENT_PREP) || opens_with (r, cs, ce, L_SUBORD))
      && !(is_quantity (r, TOK (r, cs)) && cs + 1 < ce && is_quantity (r, TOK (r, cs + 1))))
    {
      gboolean clause = FALSE;
      for (guint i = cs + 1; i < ce && !clause; i++)
        clause = is_char (TOK (r, i)->word, ',') || TOK (r, i)->cue;
      if (!clause)
        return FALSE;
    }
  /* "Among likely GOP voters, about two-thirds, 67 percent, say they
   * will vote for Trump": a pronoun after the cue, with more words after
   * it, is the subject of what is said, not an inverted speaker */
  if (m->source_start != NONE && m->cue_rule && m->source_start >= m->cue_end && cs < m->cue_start && m->quote < 0
      && !TOK (r, m->cue_start)->prep  /* "according to officials familiar with it" */
      && m->source_end == m->source_start + 1 && tok_is (r, m->source_start, L_PRON)
      && m->source_end < r->toks->len && same_unit (r, m->source_start, m->source_end)
      && is_word (TOK (r, m->source_end)))
    return FALSE;
  /* "The implication, according to the Sanders aide, is that ...": the
   * content goes on after a prepositional cue's speaker and its comma;
   * not where what follows that comma describes the speaker or opens
   * another clause (", an advocacy group", ", who ...", ", even though
   * ...", ", taking a step ...", ", of the law firm ...", a name after a
   * name: "according to CNN's Evan Perez, Laura Jarrett, and ..."), nor
   * after a subordinate clause ("While most ..., according to X, two
   * ...") or a conjunction alone ("But, according to the poll, 46 percent
   * ..."): content-according-to-source then takes the speaker and its
   * appositive.  The speaker's tail is not taken over that comma. */
  if (m->cue_rule && TOK (r, m->cue_start)->prep && m->split_start != NONE && m->split_end < r->toks->len)
    {
      guint s2 = m->split_end, len;
      const CgPatToken *t = TOK (r, s2);
      if (tok_is (r, s2, L_RELATIVE) || match_entry (r, s2, r->toks->len, L_SUBORD, &len)
          || tok_is (r, s2, L_CONTENT_END) || plain_source_prep (r, s2) || tok_is (r, s2, L_DET)
          || (is_cap (t) && is_cap (TOK (r, m->source_end - 1))) || tok_is (r, cs, L_SUBORD)
          || (cs + 1 == m->split_start && (tok_is (r, cs, L_CONTENT_END) || tok_is (r, cs, L_CUE_JOIN)))
          || (is_word (t) && !is_cap (t) && (ends_with (t->word, "ing") || tok_title (r, t))))
        return FALSE;
    }
  if (m->source_start != NONE && m->cue_rule && m->source_start >= m->cue_end && cs < m->cue_start
      && m->split_start == NONE)
    {
      const CgRule *prep = TOK (r, m->cue_start)->prep;
      gboolean clause = prep && g_strcmp0 (cg_rule_attr (prep, "clause"), "yes") == 0;
      source_end = source_tail (r, source_end, clause ? prep : NULL);
      if (clause)
        source_end = time_tail_back (r, m->source_start, source_end);
    }
  /* "Trump went after Bush on Tuesday in a long speech, calling him ...":
   * a participle cue after a comma with no speaker found reports what the
   * subject of the sentence says: its first noun phrase, after an opening
   * adverbial and its comma. */
  guint source_start = sub_start;
  gboolean shared_source = FALSE;  /* the mention is another cue's too: not taken */
  CgSpan source_ref = CG_SPAN_NONE;  /* what a relative pronoun as the mention stands for */
  gboolean after_comma = m->cue_rule && m->group_start > 0 && is_char (TOK (r, m->group_start - 1)->word, ',');
  if (m->cue_rule && m->group_start > 0 && TOK (r, m->group_start - 1)->quote_close >= 0)
    {
      /* '..."corrupt," noting': the comma inside the closing mark */
      const CgPatQuote *pq = &g_array_index (r->qs, CgPatQuote, TOK (r, m->group_start - 1)->quote_close);
      after_comma = pq->last > pq->open && is_char (TOK (r, pq->last)->word, ',');
    }
  /* "In a brief interview, Ms. Conway rejected the idea ... and said that
   * ...": a cue after a word of extract.rules [cue-joiners] with no
   * speaker found is a second verb phrase of the sentence's subject, found
   * the same way; with none found it is no attribution (patterns
   * and-cue-*) */
  gboolean after_join = source_start == NONE && m->cue_rule && m->group_start > 0
                        && tok_is (r, m->group_start - 1, L_CUE_JOIN);
  /* (not after a passive, "... and was seen sobbing into an imam's
   * arms": its subject is no speaker, above, and it names none) */
  for (guint i = m->group_start; after_join && i < m->cue_start; i++)
    if (tok_is (r, i, L_PASSIVE))
      after_join = FALSE;
  /* "Trump landed himself in hot water by saying that ...", "Clinton
   * said, while arguing the U.S. should ...", "After thanking the crowd,
   * he touted ...": a participle cue after a word of [subordinators] or
   * [agent] reports what the subject of the sentence says, found the same
   * way (after the clause it opens, when that clause opens the sentence) */
  gboolean participle = m->cue_rule && rule_base (r, m->cue_rule)
                        && strcmp (rule_base (r, m->cue_rule), "ing") == 0;
  gboolean after_sub = source_start == NONE && participle && m->group_start > 0 && !after_comma
                       && (tok_is (r, m->group_start - 1, L_SUBORD) || tok_is (r, m->group_start - 1, L_AGENT));
  gboolean needs_source = after_sub;
  if (after_sub && g_array_index (r->unit_start, guint, TOK (r, m->group_start)->sentence) + 1 == m->group_start)
    {
      guint k = m->cue_end, ue = g_array_index (r->unit_end, guint, TOK (r, m->group_start)->sentence), e;
      while (k < ue && !is_char (TOK (r, k)->word, ',') && TOK (r, k)->quote_open < 0)
        k++;
      if (k + 1 < ue && is_char (TOK (r, k)->word, ',') && !TOK (r, k + 1)->taken && np_fwd (r, k + 1, &e)
          && e <= ue && !TOK (r, e - 1)->taken && is_word (TOK (r, e - 1)))
        {
          source_start = k + 1;
          source_end = e;
        }
      after_sub = FALSE;
    }
  /* (not for a cue noun: "... who used a string of aliases and reportedly
   * converted to Islam" names no speaker, and its rule has no base=) */
  if (source_start == NONE && m->cue_rule && r->x->anchor[pattern] != CG_PAT_ANCHOR_NOUN
      && (after_join || ((after_comma || after_sub) && participle)))
    {
      guint us = g_array_index (r->unit_start, guint, TOK (r, m->group_start)->sentence), at = us, e;
      /* (after "and", also a clause opened by a [subordinators] word:
       * "When I told him ..., @VP deflected and denied knowledge") */
      if (us < m->group_start && (adjunct_opener (r, us)
                                  || (after_join && opens_with (r, us, m->group_start, L_SUBORD))))
        {
          while (at < m->group_start && !is_char (TOK (r, at)->word, ','))
            at++;
          at++;
          /* (and the closing mark after the comma: 'on ABC's "This
           * Week," Carson admitted') */
          while (at < m->group_start && TOK (r, at)->quote_close >= 0)
            at++;
        }
      /* "But Trump went further, embracing ...", "And now Mr. Manafort
       * has taken on ..., seeking to": up to two words of extract.rules
       * [subject-conjunctions] opening the sentence come before its
       * subject */
      gboolean after_conj = FALSE;
      if (!after_join && at == us)
        {
          while (at < us + 2 && at + 1 < m->group_start && tok_is (r, at, L_SUBJECT_CONJ))
            at++;
          after_conj = at > us;
          /* "But a few days later, Trump reversed himself yet again,
           * telling CBS ...": and an opening time phrase with its comma
           * (not the subject "a few days") */
          at = time_opener_end (r, at, m->group_start);
        }
      /* (a participle after "and" speaks only for the speaker of an
       * attribution before it: "cheeriness and threatening bluster") */
      gboolean first_np = !after_join || strcmp (rule_base (r, m->cue_rule), "ing") != 0;
      /* '..., Spicer said, adding, "..."': an inflected cue verb of its
       * own right before the comma, whose attribution may come only
       * later (a quotation's pattern runs first): its speaker is the
       * participle's, shared, not taken from it */
      guint prev = NONE;
      if (!after_join && first_np && source_start == NONE)
        for (guint i = m->group_start - 1; i-- > at && m->group_start - 1 - i <= r->x->source_max_words;)
          {
            const CgPatToken *ti = TOK (r, i);
            if (!is_word (ti) || ti->quote_open >= 0 || ti->quote_close >= 0)
              break;
            if (!(r->tf[i] & TF_CUE) || ti->taken || i + ti->cue_len > m->group_start - 1)
              continue;
            /* (after "by", also a base form after its auxiliary: "Clinton
             * would respond to a loss by claiming voter fraud") */
            const char *b = rule_base (r, ti->cue);
            if (!b || strcmp (b, "no") == 0 || (after_sub && ti->cue_pre > 0 && strcmp (b, "ing") != 0))
              prev = i;
            break;
          }
      if (prev != NONE)
        {
          guint g = prev - TOK (r, prev)->cue_pre, s0, me0;
          /* (or before the comma closing a clause or appositive of the
           * mention: "Trump, who regularly watches Fox & Friends, chimed
           * in, tweeting, "..."") */
          if (g > at && source_back (r, g, &s0, &me0)
              && (me0 == g || (me0 + 1 == g && is_char (TOK (r, me0)->word, ','))))
            {
              /* (an opening time phrase stepped over above is no part of
               * it: "A few hours later, Trump, who ...") */
              if (s0 < at && at > us && is_char (TOK (r, at - 1)->word, ',') && at < me0)
                s0 = at;
              source_start = s0;
              source_end = me0;
              shared_source = TRUE;
              first_np = FALSE;
            }
        }
      /* (not an opening participle, "Speaking at a rally, ...") */
      if (after_sub && at < m->group_start && ends_with (TOK (r, at)->word, "ing"))
        first_np = FALSE;
      /* (after an opening phrase, also a name before its age: "Appearing
       * before cheering supporters ..., Suu Kyi, 70, said ... but added,
       * "..."") */
      /* (not a quantity before "of", "Now a variety of superPACs are
       * trying, ..., calling him erratic": the mention would end at its
       * head "a variety") */
      /* "Miller, who served as ... campaign, pushed back, arguing": a
       * relative clause between commas after the subject, then its verb
       * phrase, belongs to the mention */
      guint rel_end = NONE;
      if (first_np && at + 1 < m->group_start && !TOK (r, at)->taken && np_fwd (r, at, &e) && e + 2 < m->group_start
          && is_char (TOK (r, e)->word, ',') && tok_is (r, e + 1, L_RELATIVE))
        rel_end = relative_clause_end (r, e + 1, m->group_start);
      if (rel_end != NONE)
        {
          source_start = at;
          source_end = rel_end;
        }
      else if (first_np && at + 1 < m->group_start && !TOK (r, at)->taken && np_fwd (r, at, &e) && e < m->group_start
          && !TOK (r, e)->taken && !TOK (r, e)->cue
          && !(!after_join && strcmp (TOK (r, e)->word, "of") == 0 && is_quantity (r, TOK (r, e - 1)))
          && !(after_conj && second_clause (r, e, m->group_start))
          && (is_word (TOK (r, e))
              || (at > us && is_cap (TOK (r, e - 1)) && is_char (TOK (r, e)->word, ',') && e + 2 < m->group_start
                  && is_age (r, TOK (r, e + 1)) && is_char (TOK (r, e + 2)->word, ','))))
        {
          source_start = at;
          source_end = e;
        }
      else
        {
          /* '"...," he said, adding that ...', "Albright urged women to
           * vote for Clinton, saying ...": the speaker of the cue before
           * the comma speaks for the participle too; PolNeAR gives both
           * attributions the mention. */
          gint64 s0 = TOK (r, after_join && at < m->group_start ? at : us)->start;
          gint64 comma = TOK (r, m->group_start - 1)->start;
          for (guint i = r->out->len; i-- > 0;)
            {
              const CgAssertion *p = g_ptr_array_index (r->out, i);
              if (!cg_span_is_set (p->source) || !cg_span_is_set (p->cue) || p->cue.start < s0
                  || p->cue.end > comma || p->source.start < s0 || p->source.end > comma)
                continue;
              guint t0 = token_at (r, p->source.start), e0 = t0;
              if (t0 == NONE)
                break;
              while (e0 < m->group_start && TOK (r, e0)->end <= p->source.end)
                e0++;
              source_start = t0;
              source_end = e0;
              source_ref = p->source_ref;
              break;
            }
        }
      /* 'Trump called on her to resign from her post and said, "Her mind
       * is shot!"': a quotation's pattern runs before the attribution
       * before "and" is made; the subject of that cue verb, right before
       * it, speaks for both (shared, not taken), when this cue is an
       * inflected verb of its own (not "I want people to be honest and
       * say, ...", "She says he was sitting quietly and repeating, ...") */
      const char *jb = after_join && source_start == NONE && m->quote >= 0 ? rule_base (r, m->cue_rule) : NULL;
      if (jb && strcmp (jb, "no") == 0 && at + 1 < m->group_start && !TOK (r, at)->taken
          && np_fwd (r, at, &e) && e < m->group_start && (r->tf[e] & TF_CUE) && !TOK (r, e)->taken)
        {
          source_start = at;
          source_end = e;
          shared_source = TRUE;
        }
      if (after_join && source_start == NONE)
        return FALSE;
    }
  if (needs_source && source_start == NONE)
    return FALSE;
  /* (not after a phrasal cue's particle: "was asked about speeches she
   * made ...", the hearer comes before it) */
  if (m->cue_rule && cs == m->cue_end && cg_rule_attr (m->cue_rule, "hearer")
      && m->cue_rule->n_words == 1)
    {
      guint se = hearer_setting_end (r, cs, ce);
      cs = se != NONE ? se : skip_hearer (r, cs, ce);
      if (cs == NONE)
        return FALSE;
      /* "have urged Republicans to focus on ...", "asked her to call ...":
       * before an infinitive of [cue-infinitives] the hearer is its
       * subject, and PolNeAR's content holds it (not an agent, "Asked by
       * Stephanopoulos to respond", nor over punctuation, nor a setting:
       * "promised Sunday at a Las Vegas rally to end ...") */
      if (se == NONE && cs > m->cue_end && cs < ce && tok_is (r, cs, L_CUE_INFINITIVE) && !tok_is (r, m->cue_end, L_AGENT))
        {
          gboolean plain = TRUE;
          for (guint i = m->cue_end; i < cs && plain; i++)
            plain = is_word (TOK (r, i)) && TOK (r, i)->quote_open < 0;
          if (plain)
            cs = m->cue_end;
        }
    }
  /* "Clinton continues to lead in polls": a cue whose entry lists the
   * word right after it in not-before= reports no content opened by it */
  if (m->cue_rule && cs == m->cue_end && cs < r->toks->len && cue_attr_lists (m->cue_rule, "not-before", TOK (r, cs)->word))
    return FALSE;
  /* "Cruz brought up the rear at 12.4": a cue whose entry lists the
   * words right after it as a phrase of idioms= is part of that idiom,
   * a deed, and reports nothing */
  if (m->cue_rule && cs == m->cue_end && cue_phrase_at (r, m->cue_rule, "idioms", cs) != NONE)
    return FALSE;
  /* "The Kremlin has backed the president for years": an object ended
   * by a phrase of the cue's state-tails= is support held over time, a
   * state the writer reports, no act of endorsing */
  if (m->cue_rule && cs == m->cue_end && cg_rule_attr (m->cue_rule, "state-tails"))
    for (guint i = cs + 1; i < ce; i++)
      if (cue_phrase_at (r, m->cue_rule, "state-tails", i) == ce)
        return FALSE;
  /* "he says in an email to the Monitor.": a phrasal cue's hearer-prep=
   * opens its hearer, no content */
  if (m->cue_rule && cs == m->cue_end && cs < r->toks->len && cue_attr_lists (m->cue_rule, "hearer-prep", TOK (r, cs)->word))
    return FALSE;
  /* "..., Packer said in a statement provided to POLITICO.": the medium's
   * participle phrase is no content either; a "that" after it in its
   * clause opens the content ("said in a statement released jointly with
   * broadcasting and cable groups that they welcome ...", past skip_max
   * for source-cue-that) */
  if (m->cue_rule && cs == m->cue_end && medium_participle (r, m->cue_rule, cs))
    {
      guint k = cs + 1;
      while (k < ce && is_word (TOK (r, k)) && strcmp (TOK (r, k)->word, "that") != 0)
        k++;
      if (k + 1 >= ce || strcmp (TOK (r, k)->word, "that") != 0)
        return FALSE;
      cs = k + 1;
    }
  /* "the Ways and Means Committee, which is writing the tax bill": a noun
   * phrase right after the cue whose head its entry lists in
   * deed-objects= is the thing made, and the verb a deed */
  if (m->cue_rule && cs == m->cue_end && cg_rule_attr (m->cue_rule, "deed-objects"))
    for (guint i = cs; i < ce && i < cs + 4 && is_word (TOK (r, i)); i++)
      if (cue_attr_lists (m->cue_rule, "deed-objects", TOK (r, i)->word)
          && (i + 1 >= ce || !is_word (TOK (r, i + 1)) || tok_is (r, i + 1, L_RELATIVE)
              || tok_is (r, i + 1, L_CONTENT_PREP) || strcmp (TOK (r, i + 1)->word, "that") == 0))
        return FALSE;
  /* "had said about improving relations", "asking for a meeting": a cue
   * verb followed by a preposition phrase reports no proposition. */
  guint cue_tail = NONE;
  if (m->cue_rule && cs == m->cue_end && cs < r->toks->len && tok_is (r, cs, L_CONTENT_PREP)
      && !cue_attr_lists (m->cue_rule, "prep", TOK (r, cs)->word))
    {
      /* 'said on Fox News Sunday, "this is the platform ..."': the
       * quotation is the content, the speaker is right; keep it */
      gboolean quoted = FALSE;
      for (guint i = cs; i < ce && !quoted; i++)
        quoted = (r->tf[i] & TF_QOPEN) != 0;
      /* "joked about Jewish stereotypes", "often calls out companies": a
       * word of cue-verbs.rules [particles] after a one-word cue verb
       * joins the cue, and what follows it is the content, as PolNeAR
       * marks it; before a quantity it is the content's first word when
       * its entry says quantity=opens ("said about half of the adjustment
       * reflected ..."), else no content ("knocked out 5% of ..."), and
       * it is none before a word its entry lists in not-before=
       * ("wondering out loud why ...").  An -s form of a verb that is also a noun is the
       * noun there ("raises questions about", "lewd comments about"),
       * and after a word of extract.rules [object-relatives] the
       * preposition's object is no content ("What the justices said
       * about the ruling shows ..."). */
      const Entry *pe = tok_entry (r, cs, L_PARTICLE);
      const char *nn = cg_rule_attr (m->cue_rule, "noun");
      gboolean particle = !quoted && pe && m->cue_rule->n_words == 1 && m->split_start == NONE && m->quote < 0
                          && cs + 1 < ce && is_word (TOK (r, cs + 1)) && same_unit (r, cs, cs + 1)
                          && !(ends_with (TOK (r, m->cue_end - 1)->word, "s") && !(nn && strcmp (nn, "no") == 0))
                          && !(source_start != NONE && source_start > 0 && same_unit (r, source_start - 1, source_start)
                               && tok_is (r, source_start - 1, L_OBJ_RELATIVE)
                               && !cg_rule_attr (tok_entry (r, source_start - 1, L_OBJ_RELATIVE)->rule, "verb"));
      gboolean opens = particle && is_quantity (r, TOK (r, cs + 1)) && cg_rule_attr (pe->rule, "quantity");
      if (particle && !opens && !is_quantity (r, TOK (r, cs + 1))
          && !cue_attr_lists (pe->rule, "not-before", TOK (r, cs + 1)->word))
        {
          cue_tail = cs + 1;
          cs++;
        }
      else if (!quoted && !opens)
        return FALSE;
    }
  /* "expressed concern that ...", "expressed doubts about ...": the
   * feeling a cue verb of extract.rules [feeling-verbs] takes as its
   * object is part of the cue, with a preposition after it, and the
   * content follows (PolNeAR's cue "expressed concern"); a noun with
   * nothing after it in the clause, or a word of [cue-joiners] ("has
   * expressed concerns but has said ..."), stays the content */
  if (m->cue_rule && cs == m->cue_end && cue_tail == NONE && m->quote < 0 && m->split_start == NONE
      && tok_is (r, m->cue_end - 1, L_FEELING_VERB) && cs + 1 < ce
      && tok_is (r, cs, L_FEELING_NOUN) && is_word (TOK (r, cs + 1)) && !tok_is (r, cs + 1, L_CUE_JOIN)
      && same_unit (r, cs, cs + 1))
    {
      guint at = cs + 1;
      gboolean particle = tok_is (r, at, L_PARTICLE) || tok_is (r, at, L_FEELING_PARTICLE);
      if (particle && at + 1 < ce && is_word (TOK (r, at + 1)) && same_unit (r, at, at + 1))
        at++;
      /* "expressed concern on Hardball ...": another preposition opens
       * an adverbial, no content */
      if (particle || !tok_is (r, at, L_CONTENT_PREP))
        {
          cs = at;
          cue_tail = cs;
        }
    }
  /* "sought to convey that he is taking the news in stride", "demanded to
   * know whether ...": a word of extract.rules [cue-infinitives] ("to")
   * and a verb right after the cue, before a clause opened by a word of
   * [after-hearer], join the cue, and the content is that clause, as
   * PolNeAR marks it ("declined to comment on the data program" stays) */
  if (m->cue_rule && cs == m->cue_end && m->quote < 0 && m->split_start == NONE && cs + 3 < ce
      && tok_is (r, cs, L_CUE_INFINITIVE) && is_word (TOK (r, cs + 1)) && !is_cap (TOK (r, cs + 1))
      && !TOK (r, cs + 1)->cue && tok_is (r, cs + 2, L_AFTER_HEARER) && !tok_is (r, cs + 2, L_CUE_INFINITIVE)
      && same_unit (r, cs, cs + 2))
    {
      cue_tail = cs + 2;
      cs += 2;
      const Entry *ah = tok_entry (r, cs, L_AFTER_HEARER);
      if (ah && cg_rule_attr (ah->rule, "far"))
        cs++;
    }
  /* A reported clause ends before ", saying ..." (a participle cue that
   * starts an attribution of its own) and before ", but ..." (a word of
   * extract.rules [content-end]), as PolNeAR marks it; quotations are
   * stepped over, a content in two pieces is left whole. */
  /* (a second verb phrase with a cue of its own ends a content after its
   * cue; a content before its cue, "He returned and said little,
   * according to an aide", holds it) */
  /* (a passive=subject content in two pieces, "Sanders | was declared |
   * the winner in New Hampshire, though ...": its end is found in the
   * piece after the cue, as for a content after its cue) */
  guint cs_whole = cs;
  const char *pv = m->cue_rule ? cg_rule_attr (m->cue_rule, "passive") : NULL;
  gboolean subject_piece = m->split_start != NONE && m->split_start == m->group_start && m->split_end == m->cue_end
                           && m->split_end < ce && pv && strcmp (pv, "subject") == 0;
  if (subject_piece)
    cs = m->split_end;
  gboolean after_cue = m->cue_rule == NULL || cs >= m->cue_end;
  /* the tokens where setting_at() and object_clause_at() may end a short
   * object content (object_content()'s tests that do not depend on the
   * word, once per content) */
  guint obj_end = 0;
  if (m->cue_rule && cs >= m->cue_end && cs < ce && r->x->anchor[pattern] != CG_PAT_ANCHOR_NOUN
      && !tok_is (r, cs, L_CUE_INFINITIVE) && !cg_rule_attr (m->cue_rule, "that"))
    obj_end = MIN (ce, cs + r->x->object_max_words + 1);
  /* "While the donor didn't disclose his degree of backing, he did say
   * ...": a cue in a clause opened by a word of [subordinators] at the
   * sentence start, with no comma before it, reports up to the comma that
   * ends that clause */
  gboolean sub_clause = FALSE;
  if (m->cue_rule && after_cue && m->split_start == NONE && m->quote < 0)
    {
      guint k = g_array_index (r->unit_start, guint, TOK (r, m->group_start)->sentence);
      while (k < m->group_start && !is_word (TOK (r, k)) && !is_char (TOK (r, k)->word, ','))
        k++;
      sub_clause = opens_with (r, k, m->group_start, L_SUBORD);
      /* (not "As The Independent has reported before, the network ...":
       * the content after the clause's comma) */
      for (guint i = k; sub_clause && i < cs; i++)
        sub_clause = !is_char (TOK (r, i)->word, ',');
    }
  if ((m->split_start == NONE || subject_piece) && m->quote < 0)
    for (guint i = cs + 1; i + 1 < ce; i++)
      {
        const CgPatToken *t = TOK (r, i), *u = TOK (r, i + 1);
        if (t->quote_open >= 0)
          {
            /* 'said the system was "corrupt," noting ...': the comma
             * inside the closing mark ends the clause like one after it */
            const CgPatQuote *pq = &g_array_index (r->qs, CgPatQuote, t->quote_open);
            i = pq->close;
            if (i + 1 < ce && pq->last > pq->open && is_char (TOK (r, pq->last)->word, ',') && !is_cap (TOK (r, i + 1)))
              {
                const CgPatToken *v = TOK (r, i + 1);
                const char *b = v->cue && v->cue_pre == 0 ? rule_base (r, v->cue) : NULL;
                if ((b && strcmp (b, "ing") == 0) || content_end_at (r, cs, i + 1) || sub_clause)
                  {
                    ce = i + 1;
                    break;
                  }
              }
            continue;
          }
        if (sub_clause && is_char (t->word, ','))
          {
            ce = i;
            break;
          }
        /* "... a deal and said funding is needed": a second verb phrase
         * of the speaker, with an inflected cue verb of its own */
        if (tok_is (r, i, L_CUE_JOIN) && after_cue)
          {
            guint k = 1;
            while (k < 4 && i + k < ce && !TOK (r, i + k)->cue && is_prefix_word (r, TOK (r, i + k)))
              k++;
            const CgPatToken *v = i + k < ce ? TOK (r, i + k) : NULL;
            const char *b = v && v->cue && v->cue_pre == k - 1 ? rule_base (r, v->cue) : NULL;
            /* (a participle only after a participle cue, the attribution's
             * or one in its content: "calling them rapists and vowing to
             * ...", "responded to that tweet by calling Alwaleed "dopey"
             * and accusing him ..."; else it goes on with the content,
             * "criticized Clinton for accepting campaign donations and
             * speaking fees", as PolNeAR marks it) */
            /* (an auxiliary of extract.rules [noun-phrase-ends] before
             * it makes a verb phrase of its own: "and are pushing for") */
            if (b && strcmp (b, "ing") == 0 && !participle_cue (r, m->cue_rule))
              {
                gboolean parallel = FALSE;
                for (guint j = cs; j < i && !parallel; j++)
                  parallel = TOK (r, j)->cue && TOK (r, j)->cue_pre == 0 && participle_cue (r, TOK (r, j)->cue);
                for (guint j = i + 1; j < i + k && !parallel; j++)
                  parallel = tok_is (r, j, L_NP_END);
                if (!parallel)
                  b = NULL;
              }
            /* (a lemma after an auxiliary of cue-verbs.rules [prefix]
             * with finite=yes heads a verb phrase of its own too: "did
             * not mention his opponents by name but did note that ...") */
            gboolean finite = FALSE;
            for (guint j = i + 1; j < i + k && b; j++)
              {
                const Entry *pw = tok_entry (r, j, L_PREFIX);
                finite |= pw && pw->finite;
              }
            if (b && (strcmp (b, "yes") != 0 || finite))
              {
                ce = i;
                while (ce > cs + 1 && is_char (TOK (r, ce - 1)->word, ','))
                  ce--;
                break;
              }
          }
        /* "attacked Fiorina by reminding voters that ...", "vowed to win
         * back the public's trust, while acknowledging that ...": a
         * participle cue of speech (speech=yes) after a word of
         * extract.rules [participle-openers] reports what the subject
         * says, an attribution of its own (patterns.rules
         * sub-participle-content), no part of this content, as PolNeAR
         * marks it */
        if (after_cue && tok_is (r, i, L_PARTICIPLE_OPENER))
          {
            const Entry *oe = tok_entry (r, i, L_PARTICIPLE_OPENER);
            gboolean subject = oe && cg_rule_attr (oe->rule, "subject");
            guint k = 1;
            /* "shrugged off the decision, with three in 10 saying ...": an
             * opener with subject=yes has the participle's speaker between
             * them, up to source_max_words words that are no cue, opener,
             * subordinator or verb, and comes after a comma or dash (not
             * "he has no problem with presidents or presidential
             * candidates criticizing judges") */
            if (subject && (is_char (TOK (r, i - 1)->word, ',') || is_dash (TOK (r, i - 1)->word)))
              while (i + k < ce && k <= r->x->source_max_words && same_unit (r, i, i + k)
                     && (is_word (TOK (r, i + k)) || (TOK (r, i + k)->flags & CG_TOKEN_NUMBER))
                     && !TOK (r, i + k)->cue && !tok_is (r, i + k, L_PARTICIPLE_OPENER)
                     && !tok_is (r, i + k, L_SUBORD) && !tok_is (r, i + k, L_AGENT)
                     && !(tok_is (r, i + k, L_NP_END) && !is_cap (TOK (r, i + k))))
                k++;
            else if (!subject)
              while (k < 4 && i + k < ce && !TOK (r, i + k)->cue && is_prefix_word (r, TOK (r, i + k)))
                k++;
            const CgPatToken *v = i + k < ce ? TOK (r, i + k) : NULL;
            /* (the subject's participle with nothing before it: not "if
             * they agreed with that Trump was saying") */
            gboolean at_cue = v && v->cue && (subject ? k > 1 && v->cue_pre == 0 : v->cue_pre == k - 1);
            const char *vb = at_cue ? rule_base (r, v->cue) : NULL;
            /* (not the cue itself again, one statement to two hearers:
             * "Clinton telling one agent to "Go to hell!," while telling
             * another to, ...") */
            if (vb && strcmp (vb, "ing") == 0 && cg_rule_attr (v->cue, "speech") && v->cue != m->cue_rule)
              {
                /* (with the comma, dash or joiner before it: "... more
                 * acrimonious - while arguing that ...", "... were leaked
                 * — and while acknowledging that ...") */
                ce = i;
                while (ce > cs + 1 && (is_char (TOK (r, ce - 1)->word, ',') || is_dash (TOK (r, ce - 1)->word)
                                       || tok_is (r, ce - 1, L_CUE_JOIN)))
                  ce--;
                break;
              }
          }
        /* (only in the first words of an object content: the loop runs
         * on every token of every content) */
        if (i < obj_end
            && ((is_char (t->word, ',') && object_clause_at (r, pattern, m, cs, i, ce))
                || ((tok_is (r, i + 1, L_DET) || is_cap (u) || (u->flags & CG_TOKEN_NUMBER))
                    && setting_at (r, pattern, m, cs, i, ce))))
          {
            ce = i;
            break;
          }
        if (!is_char (t->word, ',') || is_cap (u))
          continue;
        /* "... for alienating Hispanics, which he believes will make it
         * impossible ...": a relative clause of its own speaker and cue
         * after a comma, opened by a word of extract.rules
         * [object-relatives] with own-clause=yes, is an attribution of its
         * own, no part of this content, as PolNeAR marks it */
        /* "... they think she could win a general election, a 16-point
         * margin over Sanders": a noun phrase opened by a word of
         * extract.rules [appositive-openers] after a comma and a lowercase
         * word, running to the end of the content, is the writer's
         * comment on the claim, no part of it, as PolNeAR marks it */
        if (after_cue && i > cs && is_word (u)
            && ((is_word (TOK (r, i - 1)) && !is_cap (TOK (r, i - 1))) || (TOK (r, i - 1)->flags & CG_TOKEN_NUMBER))
            && g_hash_table_contains (r->x->appositive_openers, u->word))
          {
            gboolean last = TRUE;
            for (guint k = i + 2; k < ce && last; k++)
              last = !is_char (TOK (r, k)->word, ',') && TOK (r, k)->quote_open < 0 && TOK (r, k)->quote_close < 0;
            if (last)
              {
                ce = i;
                break;
              }
          }
        if (after_cue && tail_at (r, pattern, cs, i, ce))
          {
            ce = i;
            break;
          }
        const Entry *orel = after_cue && i + 3 < ce ? tok_entry (r, i + 1, L_OBJ_RELATIVE) : NULL;
        if (orel && cg_rule_attr (orel->rule, "own-clause") && own_clause_at (r, i + 2, ce, TRUE))
          {
            ce = i;
            break;
          }
        /* "Barkley, who said he typically votes democratic, said one
         * candidate ...": the content of a cue in a relative clause ends
         * before the main verb, an inflected cue after a comma */
        if (after_cue && m->cue_rule && m->group_start != NONE && m->group_start > 0
            && tok_is (r, m->group_start - 1, L_RELATIVE))
          {
            guint k = 1;
            while (k < 4 && i + k < ce && !TOK (r, i + k)->cue && is_prefix_word (r, TOK (r, i + k)))
              k++;
            const CgPatToken *v = i + k < ce ? TOK (r, i + k) : NULL;
            const char *vb = v && v->cue && v->cue_pre == k - 1 ? rule_base (r, v->cue) : NULL;
            if (vb && strcmp (vb, "no") == 0)
              {
                ce = i;
                break;
              }
          }
        /* "..., and people familiar with her thinking say she ...": a
         * clause of its own, with its speaker and cue, after ", and" */
        if ((tok_is (r, i + 1, L_CUE_JOIN) || tok_is (r, i + 1, L_OWN_JOIN)) && after_cue
            && own_clause_at (r, i + 2, ce, FALSE))
          {
            ce = i;
            break;
          }
        const char *b = u->cue && u->cue_pre == 0 ? rule_base (r, u->cue) : NULL;
        if ((b && strcmp (b, "ing") == 0) || content_end_at (r, cs, i + 1))
          {
            ce = i;
            break;
          }
      }
  /* (a time phrase may end the content's last words, where the loop
   * above, which looks at the token after each, does not reach) */
  if (obj_end && (m->split_start == NONE || subject_piece) && m->quote < 0)
    /* (only where the words from the content's start run to its end or
     * to a comma or a dash: object_content() asks words) */
    for (guint e = cs + 1; e <= ce && e <= cs + r->x->setting_max_words + 4; e++)
      {
        if (e < ce && is_word (TOK (r, e)) && !TOK (r, e)->cue)
          continue;
        if (e == ce || is_char (TOK (r, e)->word, ',') || is_dash (TOK (r, e)->word))
          {
            guint i = setting_time_before (r, pattern, m, cs, e);
            if (i != NONE)
              ce = i;
          }
        break;
      }
  cs = cs_whole;
  /* "Bernie Sanders, who on Tuesday endorsed Canova", "the agency, which
   * declined to comment": PolNeAR's mention is the relative pronoun, when
   * it is one of extract.rules [relative-sources] right before the cue
   * group after a mention and its comma.  After a name (its last word
   * capitalized) a person=yes one ("who") is followed by resolve to the
   * person named there; else the mention it replaces is kept as the
   * words resolve names the speaker from (a name search there would take
   * "Trump" for "some of Trump's supporters, who") */
  const Entry *rel_source;
  guint rel_from = NONE, rel_to = NONE;
  if (source_start != NONE && m->cue_rule && source_end == m->group_start && source_end > source_start + 1
      && (rel_source = tok_entry (r, source_end - 1, L_REL_SOURCE)) != NULL && is_word (TOK (r, source_end - 2))
      && same_unit (r, source_end - 2, source_end - 1))
    {
      /* (no comma: "teachers unions who said ...", found by source_back()) */
      source_ref = tok_span (r, source_start, source_end - 1);
      rel_from = source_start;
      rel_to = source_end - 1;
      source_start = source_end - 1;
    }
  else if (source_start != NONE && m->cue_rule && source_end + 2 == m->group_start && source_end > source_start
      && is_char (TOK (r, source_end)->word, ',')
      && (rel_source = tok_entry (r, source_end + 1, L_REL_SOURCE)) != NULL
      && same_unit (r, source_end, source_end + 1))
    {
      if (!cg_rule_attr (rel_source->rule, "person")
          || !(is_cap (TOK (r, source_end - 1)) || is_char (TOK (r, source_end - 1)->word, ')')))
        {
          source_ref = tok_span (r, source_start, source_end);
          rel_from = source_start;
          rel_to = source_end;
        }
      source_start = source_end + 1;
      source_end = source_start + 1;
    }
  /* "which she said represented all her emails", "what he called his
   * self-funded campaign": a word of extract.rules [object-relatives]
   * right before the speaker of a cue whose content follows it stands
   * for a part of what is said, and PolNeAR's content starts at it; not
   * after a preposition ("in which Democrats said ...": it scopes the
   * clause), nor before a quotation.  An entry with verb=yes ("that")
   * only where the content opens with a verb, the clause's missing
   * subject: a lowercase word of [noun-phrase-ends] that is no
   * [subordinators] word, or one ending in relative_verb_suffix ("a
   * finish that he said | defied expectations"; not the complementizer of
   * "the fact that he talks about | immigration", nor after a cue or a
   * cue verb's form, the seeds' "careful to state that these efforts did
   * not establish ...", nor after a word of [noun-phrase-ends], AllSides'
   * "the common view is that Russians feel aggrieved ..."); only before a
   * cue verb with that=yes that is no
   * -s form also a noun (not AllSides' "The Consumer Freedom Act that
   * they are advocating would create ...", "none of the Podesta emails
   * has ...") */
  guint rel = NONE;
  if (m->cue_rule && m->split_start == NONE && m->quote < 0 && source_start != NONE && source_start > 0
      && source_end == m->group_start && cs == m->cue_end && cs < ce && TOK (r, cs)->quote_open < 0
      && same_unit (r, source_start - 1, source_start) && tok_is (r, source_start - 1, L_OBJ_RELATIVE)
      && !TOK (r, source_start - 1)->taken)
    {
      guint w = source_start - 1;
      gboolean verb = TRUE;
      if (cg_rule_attr (tok_entry (r, w, L_OBJ_RELATIVE)->rule, "verb"))
        {
          const CgPatToken *v = TOK (r, cs);
          const char *suf = r->x->relative_verb_suffix;
          gsize n = strlen (v->word), k = suf ? strlen (suf) : 0;
          const char *nn = cg_rule_attr (m->cue_rule, "noun");
          verb = is_word (v) && !is_cap (v) && !tok_is (r, cs, L_SUBORD) && w > 0 && TOK (r, w - 1)->cue == NULL
                 && !tok_is (r, w - 1, L_VERB) && !tok_is (r, w - 1, L_NP_END) && cg_rule_attr (m->cue_rule, "that")
                 && !(ends_with (TOK (r, m->cue_end - 1)->word, "s") && !(nn && strcmp (nn, "no") == 0))
                 && (tok_is (r, cs, L_NP_END) || (k > 0 && n > k + 1 && strcmp (v->word + n - k, suf) == 0));
        }
      if (verb && (w == 0 || !same_unit (r, w - 1, w) || !is_word (TOK (r, w - 1))
                   || !(tok_is (r, w - 1, L_CONTENT_PREP) || tok_is (r, w - 1, L_NOT_CONTENT))))
        rel = w;
    }
  /* "Krugman responds by noting that most American workers are ...": a
   * content of one word cut short by the content another attribution
   * took right after it ("responds ... that most ...") reports nothing */
  if (ce == cs + 1 && m->quote < 0 && m->split_start == NONE && ce < r->toks->len && TOK (r, ce)->taken
      && TOK (r, cs)->quote_open < 0)
    return FALSE;
  /* TF_QOPEN is quote_open >= 0 */
  gint direct_q = -1;
  /* "a point Feinstein also acknowledged to Bloomberg": a word of
   * [cue-infinitives] and a name alone after the cue name its hearer, and
   * the cue has no content here */
  if (m->cue_rule && m->quote < 0 && cs == m->cue_end && cs + 1 < ce && ce - cs <= 4 && tok_is (r, cs, L_CUE_INFINITIVE))
    {
      gboolean name = TRUE;
      for (guint i = cs + 1; i < ce && name; i++)
        name = is_cap (TOK (r, i)) || title_dot (r, i);
      if (name)
        return FALSE;
    }
  gboolean has_quote = (tf_any (r->tf, cs, ce) & TF_QOPEN) != 0;
  if (has_quote && TOK (r, cs)->quote_open >= 0
      && g_array_index (r->qs, CgPatQuote, TOK (r, cs)->quote_open).close + 1 == ce)
    direct_q = TOK (r, cs)->quote_open;
  CgAssertionKind kind = direct_q >= 0 ? CG_KIND_DIRECT : has_quote ? CG_KIND_MIXED : CG_KIND_INDIRECT;
  const char *k = pa->kind;
  if (k)
    cg_kind_from_name (k, &kind);
  CgSpan span = direct_q >= 0 ? direct_span (r, (guint) direct_q) : tok_span (r, cs, ce);
  if (m->quote >= 0 && m->quote2 >= 0)
    {
      /* '"Judge," he said, "I have never ..."': one statement in two pieces. */
      CgSpan a1 = direct_span (r, (guint) m->quote), a2 = direct_span (r, (guint) m->quote2);
      span.start = a1.start;
      span.end = a2.end;
      kind = CG_KIND_DIRECT;
    }
  if (span.end <= span.start)
    return FALSE;
  CgAssertion *a = new_assertion (r, kind, span, cs, pa->name);
  if (rel != NONE)
    {
      /* the relative word and the clause, the attribution between them cut out */
      CgSpan p1 = tok_span (r, rel, rel + 1);
      char *t1 = fold_ws (r->text, p1.start, p1.end);
      cg_assertion_set_string (a, &a->text, g_strconcat (t1, " ", a->text, NULL));
      a->span.start = p1.start;
      g_free (t1);
      take_range (r, rel, rel + 1);
    }
  guint front = fronted_start (r, pa, m, direct_q, source_start);
  if (front != NONE)
    {
      /* the opening words and the quotation, the attribution between them cut out */
      CgSpan p1 = tok_span (r, front, source_start - 1);
      char *t1 = fold_ws (r->text, p1.start, p1.end);
      cg_assertion_set_string (a, &a->text, g_strconcat (t1, " ", a->text, NULL));
      a->span.start = p1.start;
      a->kind = CG_KIND_MIXED;
      g_free (t1);
      take_range (r, front, source_start - 1);
    }
  if (m->split_start != NONE && m->split_end > m->split_start)
    {
      /* "The top issues, respondents said, are immigration ...": the content
       * without the attribution in its middle. */
      /* (a joiner after the attribution's comma, "..., the airline
       * added, and had passed ...", goes on with the content) */
      guint s2 = m->split_end;
      if (s2 > m->split_start + 1 && tok_is (r, s2 - 1, L_CUE_JOIN) && is_char (TOK (r, s2 - 2)->word, ','))
        s2--;
      CgSpan p1 = tok_span (r, cs, m->split_start), p2 = tok_span (r, s2, ce);
      char *t1 = fold_ws (r->text, p1.start, p1.end), *t2 = fold_ws (r->text, p2.start, p2.end);
      cg_assertion_set_string (a, &a->text, g_strconcat (t1, " ", t2, NULL));
      g_free (t1);
      g_free (t2);
    }
  if (m->quote >= 0 && m->quote2 >= 0)
    {
      CgSpan a1 = direct_span (r, (guint) m->quote), a2 = direct_span (r, (guint) m->quote2);
      char *t1 = fold_ws (r->text, a1.start, a1.end), *t2 = fold_ws (r->text, a2.start, a2.end);
      cg_assertion_set_string (a, &a->text, g_strconcat (t1, ", ", t2, NULL));
      g_free (t1);
      g_free (t2);
      take_range (r, source_start, source_end);
      take_range (r, m->cue_start, m->cue_end);
    }
  if (source_start != NONE)
    {
      a->source = tok_span (r, source_start, source_end);
      a->source_text = fold_ws (r->text, a->source.start, a->source.end);
      a->source_ref = source_ref;
    }
  CgCertainty certainty = CG_CERTAINTY_CERTAIN;
  guint negations = 0, cue_negations = 0;
  gboolean cue_negative = FALSE;
  if (m->cue_rule)
    {
      /* The cue as PolNeAR marks it: the verb group ("has also said", "did not deny"). */
      guint cue_end = cue_tail != NONE ? cue_tail : m->cue_end;
      /* '"...," Trump said of Cruz', '"...," she said in an interview': a
       * phrasal cue whose entry says tail=before-content holds its words
       * after the verb only when its content follows it; after the
       * content PolNeAR's cue is the verb group alone */
      if (ce <= m->cue_start && cue_end > m->cue_start + 1)
        {
          const char *tail = cg_rule_attr (m->cue_rule, "tail");
          if (tail && strcmp (tail, "before-content") == 0)
            cue_end = m->cue_start + 1;
        }
      a->cue = tok_span (r, MIN (m->group_start, m->cue_start), cue_end);
      a->cue_text = fold_ws (r->text, a->cue.start, a->cue.end);
      const char *v = cg_rule_attr (m->cue_rule, "certainty");
      CgCertainty c;
      if (v && cg_certainty_from_name (v, &c))
        certainty = c;
      v = cg_rule_attr (m->cue_rule, "polarity");
      cue_negative = v && strcmp (v, "negative") == 0;
      scan_modality (r, m->group_start, m->cue_end, &certainty, &cue_negations);
      a->stance = cue_stance (r, m->group_start, m->cue_end, cs);
      if (a->stance == CG_STANCE_DISPUTES
          && dispute_not_writers (r, source_start != NONE ? MIN (source_start, m->group_start) : m->group_start))
        a->stance = CG_STANCE_NEUTRAL;
    }
  /* cue=after-source: a pattern with no cue element whose punctuation
   * right after the speaker is the cue, as PolNeAR marks a headline's or
   * a transcript's colon ("Roger Stone: Don't Trust the Voting
   * Machines.") */
  else if (pa->cue_after_source && source_start != NONE && source_end == m->source_end
           && source_end < r->toks->len && !is_word (TOK (r, source_end)))
    {
      a->cue = tok_span (r, source_end, source_end + 1);
      a->cue_text = fold_ws (r->text, a->cue.start, a->cue.end);
    }
  if (m->cue_rule && refuted_after_cue (r, m->cue_end, cs))
    cue_negative = !cue_negative;
  if (m->cue_rule)
    frame_certainty (r, m->cue_end, cs, &certainty);
  scan_modality (r, cs, ce, &certainty, &negations);
  a->certainty = certainty;
  if (((cue_negations & 1) != 0) ^ cue_negative ^ ((negations & 1) != 0))
    a->polarity = CG_POLARITY_NEGATIVE;
  g_ptr_array_add (r->out, a);
  /* Every token serves one attribution: the cue cannot anchor another. */
  take_range (r, cs, ce);
  if (m->cue_rule)
    take_range (r, MIN (m->group_start, m->cue_start), m->cue_end);
  if (source_start != NONE && !shared_source)
    take_range (r, source_start, source_end);
  /* (and the mention a relative pronoun stands for, as if it were the
   * mention: no other attribution's speaker) */
  if (rel_from != NONE)
    take_range (r, rel_from, rel_to);
  return TRUE;
}

/* Two passes: patterns with a QUOTE first, so a quotation goes to its own
 * attribution before any cue inside it is tried; then the others, never
 * anchored inside a real quotation (its words are the quoted speaker's). */
static int
cmp_guint (const void *a, const void *b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;
  return x < y ? -1 : x > y;
}

/* MP's N token indices in increasing order.  The quotations are in text
 * order, so their marks (open, close, open, ...) are sorted already but for
 * a nested one: an insertion sort reads each once where qsort() made about
 * log N calls of cmp_guint() per index.  Past a budget of moves (many
 * nested marks) qsort() sorts the rest. */
static void
sort_marks (guint *mp, guint n)
{
  gsize moves = 0, budget = 8 * (gsize) n + 64;
  for (guint i = 1; i < n; i++)
    {
      guint v = mp[i], j = i;
      while (j > 0 && mp[j - 1] > v)
        {
          mp[j] = mp[j - 1];
          j--;
        }
      mp[j] = v;
      moves += i - j;
      if (moves > budget)
        {
          qsort (mp, n, sizeof *mp, cmp_guint);
          return;
        }
    }
}

/* How many of the N sorted token indices MP are below I, given FROM of
 * them below an index not above I (a cursor: asked at rising I, the
 * whole scan reads each index once, where a binary search per question
 * read log N of them). */
static inline guint
marks_from (const guint *mp, guint n, guint from, guint i)
{
  while (from < n && mp[from] < i)
    from++;
  return from;
}

/* Whether a word of extract.rules [nested-stops] stands right before the
 * speaker of nested match M (a preposition: "sources privy to
 * negotiations say" names no speaker "negotiations"), in its cue group
 * (a modal: "they could say goodbye to all that" reports nothing said)
 * or right after the cue as the first word of its content. */
static gboolean
nested_stopped (Run *r, const CgPatMatch *m)
{
  GHashTable *stops = r->x->nested_stops;
  if (m->source_start > 0 && same_unit (r, m->source_start - 1, m->source_start)
      && TOK (r, m->source_start - 1)->word && g_hash_table_contains (stops, TOK (r, m->source_start - 1)->word))
    return TRUE;
  for (guint i = m->group_start; i < m->cue_start; i++)
    if (TOK (r, i)->word && g_hash_table_contains (stops, TOK (r, i)->word))
      return TRUE;
  /* (or opening its content right after the cue: "the list of units
   * said to be operating in Ukraine" is a passive, "acknowledged to
   * Bloomberg" names a hearer) */
  if (m->content_start == m->cue_end && m->content_start < r->toks->len && TOK (r, m->content_start)->word
      && g_hash_table_contains (stops, TOK (r, m->content_start)->word))
    return TRUE;
  return FALSE;
}

/* The last of the first N_OUTER attributions of r->out (not direct, with
 * a cue) whose span holds token POS from a token starting at the span's
 * start, or NONE.  Such a span holds the tokens from that one on while
 * they end inside it (their starts and ends only grow): asked for the few
 * cues that anchor a nested pattern, instead of an array over every token
 * of the article filled from every attribution's span. */
static guint
outer_holding (Run *r, guint n_outer, guint pos)
{
  const CgPatToken *t = TOK (r, pos);
  for (guint a = n_outer; a-- > 0;)
    {
      const CgAssertion *as = g_ptr_array_index (r->out, a);
      if (as->cue.end <= as->cue.start || as->kind == CG_KIND_DIRECT || t->start < as->span.start
          || t->end > as->span.end)
        continue;
      if (token_at (r, as->span.start) != NONE)
        return a;
    }
  return NONE;
}

/* Whether token I is a dash between clauses: an em dash or "--", or an
 * en dash, lone hyphen or two hyphens with a blank on both sides (not
 * "U.S.-Russia relations", "U.S.–South Korea", "a fifth- or
 * sixth-grader"). */
static gboolean
clause_dash (Run *r, guint i)
{
  const CgPatToken *t = TOK (r, i);
  if (strcmp (t->word, "—") == 0 || strcmp (t->word, "--") == 0)
    return TRUE;
  if (!is_dash (t->word) || i == 0 || i + 1 >= r->toks->len || TOK (r, i - 1)->end >= t->start)
    return FALSE;
  /* "the laws -- pass the legislation now": two hyphens, one token each,
   * counted once, on the first */
  const CgPatToken *u = TOK (r, i + 1);
  if (strcmp (t->word, "-") == 0 && strcmp (u->word, "-") == 0 && u->start == t->end)
    return i + 2 < r->toks->len && u->end < TOK (r, i + 2)->start;
  return t->end < u->start;
}

/* Step 4 of run_patterns(): a cue verb inside another attribution's
 * content ("Trump also mocked Carson's story ..., an event that Carson
 * says led him to Christ") is an attribution of its own, as PolNeAR marks
 * it.  Only the patterns with nested=yes are tried, with the outer
 * content's tokens free for the match, and the inner attribution stays
 * inside that content; the outer one is left as it is.  Not inside an
 * outer content longer than extract.rules nested_max_tokens: the matcher
 * scans to the sentence end, and a sentence of a million words must stay
 * linear. */
static void
run_nested (Run *r, const guint *cand, guint nc)
{
  const CgExtractor *x = r->x;
  const guint *list = x->plist[3][1];
  guint n = r->toks->len, nl = x->plen[3][1];
  /* the attributions found before this step: only they can hold a nested one */
  guint n_outer = NONE;
  for (guint c = 0; c < nc && nl > 0; c++)
    {
      guint pos = cand[c];
      if ((r->tf[pos] & (TF_CUE | TF_PREP | TF_TAKEN | TF_INSIDE | TF_NOMINAL)) != (TF_CUE | TF_TAKEN))
        continue;
      gboolean anchors = FALSE;
      for (guint k = 0; k < nl && !anchors; k++)
        anchors = cg_pattern_anchor_ok (x->patterns, list[k], &r->in, pos);
      if (!anchors)
        continue;
      if (n_outer == NONE)
        n_outer = r->out->len;
      guint oa = outer_holding (r, n_outer, pos);
      if (oa == NONE)
        continue;
      /* (a cue inside its own attribution's span: "The top issues,
       * respondents said, are ...", no content of another's) */
      const CgAssertion *outer = g_ptr_array_index (r->out, oa);
      if (TOK (r, pos)->start >= outer->cue.start && TOK (r, pos)->start < outer->cue.end)
        continue;
      guint oc = token_at (r, outer->cue.start);
      if (oc != NONE && (r->tf[oc] & TF_PREP))
        continue;
      guint lo = pos, hi = pos + 1, w = x->nested_max_tokens;
      while (lo > 0 && hi - lo <= w && same_unit (r, lo - 1, pos) && TOK (r, lo - 1)->start >= outer->span.start)
        lo--;
      while (hi < n && hi - lo <= w && same_unit (r, hi, pos) && TOK (r, hi)->end <= outer->span.end)
        hi++;
      if (hi - lo > w)
        continue;
      for (guint i = lo; i < hi; i++)
        {
          TOK (r, i)->taken = FALSE;
          r->tf[i] &= ~TF_TAKEN;
        }
      CgPatMatch m;
      for (guint k = 0; cg_pattern_match_first (x->patterns, list, nl, &k, NULL, 0, &r->in, pos, &m); k++)
        {
          if (m.content_start == NONE || m.source_start == NONE || m.source_start < lo || m.content_end > hi
              || nested_stopped (r, &m))
            continue;
          /* "Bracing for a launch that officials said could take place at
           * any time, Seoul deployed ...": after a relative word of
           * extract.rules [nested-relatives] the content is the rest of
           * the relative clause, which ends at its comma */
          const char *rw = m.source_start > 0 ? TOK (r, m.source_start - 1)->word : NULL;
          if (rw && same_unit (r, m.source_start - 1, m.source_start) && g_hash_table_contains (x->nested_relatives, rw))
            for (guint i = m.content_start + 1; i < m.content_end; i++)
              if (is_char (TOK (r, i)->word, ',') && TOK (r, i)->inside < 0)
                {
                  m.content_end = i;
                  break;
                }
          /* one dash in the content (clause_dash()) ends it, the rest the
           * writer's ("aides say he will almost certainly seek reelection in
           * 2018 - though it is unclear whether ..."); two hold an aside
           * ("the complexity of the battlefield - with Russian planes flying
           * raids - would ...") */
          guint dash = NONE, n_dash = 0;
          for (guint i = m.content_start + 1; i < m.content_end; i++)
            if (TOK (r, i)->inside < 0 && clause_dash (r, i))
              {
                if (dash == NONE)
                  dash = i;
                n_dash++;
              }
          /* (not when a quotation would be all that is left: '"the engine
           * of our economy" - those middle-class Americans ...' is no direct
           * content, and the match would be lost) */
          if (n_dash == 1
              && !(TOK (r, m.content_start)->quote_open >= 0 && TOK (r, dash - 1)->quote_close >= 0
                   && TOK (r, dash - 1)->quote_close == TOK (r, m.content_start)->quote_open))
            m.content_end = dash;
          if (from_match (r, list[k], &m))
            break;
        }
      take_range (r, lo, hi);
    }
}

/* Step 5 of run_patterns(): a relative clause inside another
 * attribution's speaker mention ("Mr. Guerrero, a Republican who
 * described himself as a religious Catholic, said ...", "'...,' declared
 * Senator Jeff Flake, Republican of Arizona, who echoed Mr. Ryan's
 * denunciation") is an attribution of its own when its verb is a cue of
 * speech (speech=yes in cue-verbs.rules) right after a word of
 * extract.rules [relative-sources], as PolNeAR marks it: the pronoun is
 * its mention, standing for the words of the outer mention before it, and
 * its content ends with the outer mention (the relative clause ends
 * there).  The outer attribution is left as it is.  Not a cue of
 * certainty=unknown: "a former IRS official, who asked to remain
 * anonymous" asks for no claim.  (Any cue verb: on
 * PolNeAR train 9 more found but 50 more false, "who endorsed Mr.
 * Sanders", "who voted for JFK", which PolNeAR mostly leaves unmarked.) */
static guint token_holding (Run *r, gint64 offset);

static void
run_source_relatives (Run *r, const guint *cand, guint nc)
{
  const CgExtractor *x = r->x;
  guint n = r->toks->len, n_outer = r->out->len;
  for (guint c = 0; c < nc; c++)
    {
      guint pos = cand[c];
      if ((r->tf[pos] & (TF_CUE | TF_PREP | TF_TAKEN | TF_INSIDE)) != (TF_CUE | TF_TAKEN))
        continue;
      const CgPatToken *t = TOK (r, pos);
      guint g = pos - MIN (pos, (guint) t->cue_pre);
      if (g < 2 || !is_word (TOK (r, g - 1)) || !tok_is (r, g - 1, L_REL_SOURCE) || !same_unit (r, g - 1, pos)
          || g_strcmp0 (cg_rule_attr (t->cue, "speech"), "yes") != 0
          || g_strcmp0 (cg_rule_attr (t->cue, "certainty"), "unknown") == 0)
        continue;
      /* the attribution whose mention holds the pronoun and the cue */
      const CgAssertion *outer = NULL;
      for (guint a = 0; a < n_outer && !outer; a++)
        {
          const CgAssertion *as = g_ptr_array_index (r->out, a);
          if (as->source.end > as->source.start && as->source.start < TOK (r, g - 1)->start
              && as->source.end >= t->end)
            outer = as;
        }
      if (!outer)
        continue;
      guint os = token_holding (r, outer->source.start), oe = token_holding (r, outer->source.end - 1) + 1;
      if (oe > n || os >= g - 1)
        continue;
      for (guint i = os; i < oe; i++)
        {
          TOK (r, i)->taken = FALSE;
          r->tf[i] &= ~TF_TAKEN;
        }
      r->rel_mention = g;
      guint mask = r->tf[pos] & (TF_CUE | TF_PREP | TF_QOPEN);
      guint slot = tlist_slot (x, 1, 3, mask, cue_class_of (x, t->cue_mask));
      const guint *list = x->tlist + x->toff[slot];
      guint nl = x->toff[slot + 1] - x->toff[slot];
      guint before = r->out->len;
      CgPatMatch m;
      for (guint k = 0; cg_pattern_match_first (x->patterns, list, nl, &k, NULL, 0, &r->in, pos, &m); k++)
        {
          if (m.content_start == NONE || m.source_start == NONE || m.source_start < os || m.source_end > g
              || m.content_start < m.cue_end || m.content_start >= oe)
            continue;
          if (m.content_end > oe)
            m.content_end = oe;
          if (from_match (r, list[k], &m))
            break;
        }
      r->rel_mention = 0;
      if (r->out->len > before)
        {
          /* the pronoun alone: the words before it in the outer mention
           * name the speaker ("a Republican" after "Gov. John Kasich") */
          CgAssertion *a = g_ptr_array_index (r->out, r->out->len - 1);
          guint re = g - 1;
          while (re > os && !is_word (TOK (r, re - 1)))
            re--;
          if (a->source_ref.end <= a->source_ref.start && a->source.start == TOK (r, g - 1)->start && re > os)
            a->source_ref = tok_span (r, os, re);
        }
      take_range (r, os, oe);
    }
}

static void
run_patterns (Run *r)
{
  const CgExtractor *x = r->x;
  guint n = r->toks->len;
  /* the tokens that can anchor anything, found once for both passes */
  guint *cand = g_new (guint, n + 1), nc = 0;
  const guint want = TF_CUE | TF_PREP | TF_QOPEN | TF_ANCHOR;
  for (guint pos = 0; pos < n;)
    {
      /* most tokens anchor nothing: four of them passed at once */
      if (pos + 4 <= n && !(tf_four (r->tf, pos) & TF_LANES (want)))
        {
          pos += 4;
          continue;
        }
      if (r->tf[pos] & want)
        cand[nc++] = pos;
      pos++;
    }
  /* A pattern with a QUOTE cannot match from a unit that neither holds a
   * quotation mark nor borders one that does: a match never leaves its
   * unit but at a quotation mark on the boundary (see connected() in
   * pattern.c), and the noun-phrase and content scans stay in their unit.
   * So the first pass skips the anchors of most sentences at once. */
  guint nu = r->unit_start->len;
  gboolean *marks = g_new0 (gboolean, nu + 2);  /* marks[u + 1]: unit u holds a paired mark */
  /* the tokens of the paired marks, sorted: marks_from() counts them */
  guint *mp = g_new (guint, 2 * r->qs->len + 1), nm = 0;
  for (guint q = 0; q < r->qs->len; q++)
    {
      const CgPatQuote *pq = &g_array_index (r->qs, CgPatQuote, q);
      if (pq->open != NONE && pq->close != NONE)
        {
          marks[TOK (r, pq->open)->sentence + 1] = TRUE;
          marks[TOK (r, pq->close)->sentence + 1] = TRUE;
          mp[nm++] = pq->open;
          mp[nm++] = pq->close;
        }
    }
  sort_marks (mp, nm);
  /* Step 1 of the second pass tries only the prepositional cues ("...,
   * according to X"): the whole clause before one is its content, as
   * PolNeAR marks it, before a cue verb inside it takes a part. */
  /* each candidate's cue class (0 but for a cue), for its lists */
  guint8 *cls = g_new (guint8, nc + 1);
  for (guint c = 0; c < nc; c++)
    cls[c] = (guint8) ((r->tf[cand[c]] & TF_CUE) ? cue_class_of (x, TOK (r, cand[c])->cue_mask) : 0);
  guint *first_k = g_new (guint, nc + 1);
  CgPatMatch *first_m = g_new (CgPatMatch, nc + 1);
  /* how many marks lie below each of the four bounds of step 0's test,
   * as cursors into MP (marks_from()): step 0 asks at rising candidates,
   * and each bound (the anchor, the token after it, the tokens before and
   * after its unit) only rises with them */
  guint mb_pos = 0, mb_next = 0, mb_us = 0, mb_ue = 0;
  for (int step = 0; step < 3; step++)
    for (guint c = 0; c < nc; c++)
      {
        int pass = step == 0 ? 0 : 1;
        guint pos = cand[c];
        guint tf = r->tf[pos];
        if (step == 1 && (tf & TF_CUE) && !(tf & TF_PREP))
          {
            /* only a cue near the end of its sentence ("..., aides said
             * on Monday.") may have its content before it: the others
             * wait for step 2, and step 1 stays linear in a sentence of
             * any length */
            guint ue = g_array_index (r->unit_end, guint, TOK (r, pos)->sentence);
            first_k[c] = NONE;
            if (ue > pos + x->source_max_words)
              {
                first_k[c] = NOT_TRIED;
                continue;
              }
          }
        if ((tf & (TF_TAKEN | TF_QOPEN)) == TF_TAKEN || (tf & TF_INSIDE)
            || (step == 1 && !(tf & (TF_PREP | TF_CUE))))
          continue;
        const CgPatToken *t = TOK (r, pos);
        if (pass == 0 && !marks[t->sentence] && !marks[t->sentence + 1] && !marks[t->sentence + 2])
          continue;
        /* The same within the unit, per side: a QUOTE element left of a
         * cue, preposition or word anchor needs a mark between the unit's
         * start (the token before it included: a boundary mark) and the
         * anchor; right of it, between the anchor and the next unit's first
         * token.  (A QUOTE anchor may end in another unit: not so.) */
        gboolean mark_left = TRUE, mark_right = TRUE;
        if (pass == 0 && t->quote_open < 0)
          {
            guint us = g_array_index (r->unit_start, guint, t->sentence);
            guint ue = g_array_index (r->unit_end, guint, t->sentence);
            mb_pos = marks_from (mp, nm, mb_pos, pos);
            mb_next = marks_from (mp, nm, mb_next, pos + 1);
            mb_us = marks_from (mp, nm, mb_us, us > 0 ? us - 1 : 0);
            mb_ue = marks_from (mp, nm, mb_ue, MIN (ue + 1, n));
            mark_left = mb_pos > mb_us;
            mark_right = mb_ue > mb_next;
          }
        guint mask = (tf & (TF_CUE | TF_PREP | TF_QOPEN)) | ((tf & TF_ANCHOR) ? 8 : 0);
        /* a pattern with a quotation on a side without a mark cannot
         * match, nor one whose CUE:filter the cue fails: the slot's list
         * has neither */
        guint blocked = (mark_left ? 0 : 1) | (mark_right ? 0 : 2);
        guint slot = tlist_slot (x, pass, blocked, mask, cls[c]);
        const guint *list = x->tlist + x->toff[slot];
        guint nl = x->toff[slot + 1] - x->toff[slot];
        guint k0 = 0;
        /* step 1 stopped at pattern first_k[c] (content after the cue), or
         * found none (NONE): the patterns before it cannot match now that
         * more is taken, and its match still holds when none of its tokens
         * was taken */
        if (step == 2 && (tf & TF_CUE) && !(tf & TF_PREP) && first_k[c] == NONE)
          continue;
        if (step == 2 && (tf & TF_CUE) && !(tf & TF_PREP) && first_k[c] != NOT_TRIED)
          {
            k0 = first_k[c];
            CgPatMatch *fm = &first_m[c];
            guint lo = MIN (MIN (fm->content_start, fm->group_start), fm->source_start);
            guint hi = MAX (MAX (fm->content_end, fm->cue_end), fm->source_start != NONE ? fm->source_end : 0);
            gboolean free = TRUE;
            for (guint i = lo; i < hi && free; i++)
              free = !(r->tf[i] & TF_TAKEN);
            if (free && fm->quote < 0)
              {
                if (from_match (r, list[k0], fm))
                  continue;
                k0++;
              }
          }
        CgPatMatch m;
        for (guint k = k0; cg_pattern_match_first (x->patterns, list, nl, &k, NULL, 0, &r->in, pos, &m);
             k++)
          {
            guint p = list[k];
            if (m.content_start == NONE)
              continue;
            /* step 1: only a content before the cue ("..., aides said");
             * the first match with its content after waits for step 2 */
            if (step == 1 && !(tf & TF_PREP) && m.content_end > m.cue_start)
              {
                first_k[c] = k;
                first_m[c] = m;
                break;
              }
            if (from_match (r, p, &m))
              break;
          }
      }
  /* Step 3: the patterns anchored on a cue noun ("Barr's statement that
   * Mueller found no evidence that ..."), after all the others: a cue verb
   * inside such a content has taken its own first, as for a verb's. */
  for (guint c = 0; c < r->n_noun_cand; c++)
    {
      guint pos = r->noun_cand[c];
      if (r->tf[pos] & (TF_TAKEN | TF_INSIDE))
        continue;
      const guint *list = x->plist[2][0];
      CgPatMatch m;
      for (guint k = 0; cg_pattern_match_first (x->patterns, list, x->plen[2][0], &k, NULL, 0, &r->in, pos, &m); k++)
        {
          if (m.content_start == NONE || !from_match (r, list[k], &m))
            continue;
          /* "Mr. Trump has been the most direct in his attacks on Mr.
           * Clinton.": the sentence stays the author's claim too
           * (run_author), the attitude is a part of it */
          guint lo = MIN (m.group_start, m.content_start), hi = MAX (m.cue_end, m.content_end);
          if (m.source_start != NONE)
            lo = MIN (lo, m.source_start);
          for (guint i = lo; i < hi && i < n; i++)
            if (r->tf[i] & TF_TAKEN)
              r->tf[i] |= TF_NOMINAL;
          break;
        }
    }
  run_nested (r, cand, nc);
  run_source_relatives (r, cand, nc);
  g_free (cls);
  g_free (first_k);
  g_free (first_m);
  g_free (cand);
  g_free (marks);
  g_free (mp);
}

static gint
by_start (gconstpointer a, gconstpointer b)
{
  const CgAssertion *x = *(CgAssertion *const *) a, *y = *(CgAssertion *const *) b;
  if (x->span.start != y->span.start)
    return x->span.start < y->span.start ? -1 : 1;
  return x->span.end < y->span.end ? -1 : x->span.end > y->span.end;
}

/* OUT sorted as g_ptr_array_sort (OUT, by_start) sorts it (a stable sort:
 * equal spans keep their order).  Each pass of the extractor appends its
 * assertions in text order, so OUT is a few sorted runs: an insertion sort
 * compares about once per assertion, inline, where the merge sort called
 * by_start() about log N times.  Past a budget of moves the merge sort
 * sorts the rest: the prefix sorted so far keeps the order of its equal
 * spans and comes before the rest, so the result is the same. */
static void
sort_by_start (GPtrArray *out)
{
  CgAssertion **v = (CgAssertion **) out->pdata;
  guint n = out->len;
  gsize moves = 0, budget = 8 * (gsize) n + 64;
  for (guint i = 1; i < n; i++)
    {
      CgAssertion *x = v[i];
      gint64 s = x->span.start, e = x->span.end;
      guint j = i;
      while (j > 0 && (v[j - 1]->span.start > s || (v[j - 1]->span.start == s && v[j - 1]->span.end > e)))
        {
          v[j] = v[j - 1];
          j--;
        }
      v[j] = x;
      moves += i - j;
      if (moves > budget)
        {
          g_ptr_array_sort (out, by_start);
          return;
        }
    }
}

/* Unattributed quotations: a continuation of the speaker of the quotation
 * just before, a bare quotation, or a term or scare quote (skipped). */
static void
run_quotes (Run *r)
{
  for (guint q = 0; q < r->qs->len; q++)
    {
      const CgPatQuote *pq = &g_array_index (r->qs, CgPatQuote, q);
      const CgQuote *cq = &g_array_index (r->lq, CgQuote, q);
      if (pq->open == NONE || cq->depth > 0)
        continue;
      gboolean taken = FALSE;
      for (guint i = pq->open; i <= pq->close && !taken; i++)
        taken = TOK (r, i)->taken;
      if (taken)
        continue;
      guint words = quote_words (r, q);
      /* '"It's not quite optimistic," he said. "We're hopeful."': a short
       * quotation that is a sentence of its own is no scare quote; it may
       * still join the statement before it (below) */
      gboolean own_sentence = (pq->open == 0 || TOK (r, pq->open - 1)->sentence != TOK (r, pq->open)->sentence)
                              && (pq->close + 1 >= r->toks->len
                                  || TOK (r, pq->close + 1)->sentence != TOK (r, pq->close)->sentence);
      if (words <= r->x->scare_max_words && !own_sentence)
        continue;
      /* The assertion ending last before this quotation. */
      CgAssertion *prev = NULL;
      gint64 qstart = TOK (r, pq->open)->start;
      for (guint i = 0; i < r->out->len; i++)
        {
          CgAssertion *a = g_ptr_array_index (r->out, i);
          if (a->span.end <= qstart && (prev == NULL || a->span.end > prev->span.end))
            prev = a;
        }
      /* '"It was very nice," the tycoon told Reuters when asked if he
       * had met Trump. "He was very charming."': an indirect assertion
       * inside the attribution's sentence is not the statement the
       * quotation goes on with */
      if (prev && prev->kind == CG_KIND_INDIRECT && cg_span_is_set (prev->cue))
        {
          guint pc = token_at (r, prev->cue.start);
          for (guint i = 0; pc != NONE && i < r->out->len; i++)
            {
              CgAssertion *a = g_ptr_array_index (r->out, i);
              guint ac = cg_span_is_set (a->cue) ? token_at (r, a->cue.start) : NONE;
              if ((a->kind == CG_KIND_DIRECT || a->kind == CG_KIND_MIXED) && ac != NONE
                  && TOK (r, ac)->sentence == TOK (r, pc)->sentence && a->span.end <= qstart
                  && cg_span_is_set (a->source))
                prev = a;
            }
        }
      CgSpan span = direct_span (r, q);
      if (span.end <= span.start)
        continue;
      if (prev && prev->kind != CG_KIND_AUTHOR && prev->kind != CG_KIND_INDIRECT && cg_span_is_set (prev->source))
        {
          guint pt = token_at (r, prev->span.start);
          guint ptok = pt != NONE ? pt : pq->open;
          /* the last token of prev */
          guint last = ptok;
          while (last + 1 < r->toks->len && TOK (r, last + 1)->start < prev->span.end)
            last++;
          /* The same paragraph, or a paragraph opened by the quotation
           * (the newspaper way of running a quotation on). */
          const CgPatToken *ot = TOK (r, pq->open);
          guint du = ot->sentence - TOK (r, last)->sentence;
          guint dp = ot->paragraph - TOK (r, last)->paragraph;
          gboolean opens_para = pq->open == 0 || TOK (r, pq->open - 1)->paragraph != ot->paragraph;
          /* '..., Mark Zuckerberg, Facebook's boss, told the New York
           * Times. [...] In February America's surgeon-general tweeted
           * that facemasks were "NOT effective ..."': in the quotation's
           * own sentence, past prev, a finite cue verb taking a
           * that-clause, right after a word that is no pronoun, relative
           * nor word of prev's source and right before its "that",
           * attributes the quotation to a speaker the patterns did not
           * read, not to prev.  Narrow on purpose: a wider test (any cue
           * before the quotation, or one whose subject holds no pronoun)
           * also cut right continuations ('Rubio noted recent history
           * shows "..."', 'He also said at the event, "..."') */
          gboolean own_cue = FALSE;
          /* the speaker's words casefolded, made when a cue's subject is
           * to be told from them (few quotations get that far) */
          char *src = NULL;
          for (guint c = pq->open; c > 1 && !own_cue; c--)
            {
              guint k = c - 1;
              const CgPatToken *u = TOK (r, k);
              if (u->sentence != ot->sentence || u->start < prev->span.end
                  || u->start < MAX (prev->cue.end, prev->source.end))
                break;
              if (u->cue == NULL || u->inside >= 0 || participle_cue (r, u->cue)
                  || g_strcmp0 (cg_rule_attr (u->cue, "that"), "yes") != 0
                  || k + u->cue_len >= pq->open || strcmp (TOK (r, k + u->cue_len)->word, "that") != 0
                  || k < 1u + u->cue_pre)
                continue;
              guint sj = k - u->cue_pre - 1;
              const CgPatToken *sw = TOK (r, sj);
              own_cue = is_word (sw) && sw->sentence == ot->sentence && sw->start >= prev->span.end
                        && !tok_is (r, sj, L_PRON) && !tok_is (r, sj, L_RELATIVE);
              if (own_cue && prev->source_text)
                {
                  if (src == NULL)
                    src = g_utf8_casefold (prev->source_text, -1);
                  own_cue = strstr (src, sw->word) == NULL;
                }
            }
          g_free (src);
          if (!own_cue && ot->sentence >= TOK (r, last)->sentence && du <= r->x->continuation_sentences
              && (dp == 0 || (dp == 1 && opens_para)))
            {
              /* '"...," Bush said. "That's Jeb Bush and Marco Rubio."': the
               * attribution between two quotations of one paragraph joins
               * them into one statement. */
              gboolean opens_sentence = pq->open == 0 || TOK (r, pq->open - 1)->sentence != ot->sentence;
              /* '"Have I started ...?" Sanders replied. "Look, ..."': the
               * sentences are counted from the attribution's last word, not
               * the quotation's, which a question mark ends a sentence
               * before the speaker */
              guint att_last = last;
              while (att_last + 1 < r->toks->len && TOK (r, att_last + 1)->start < qstart
                     && TOK (r, att_last + 1)->start < MAX (prev->cue.end, prev->source.end))
                att_last++;
              guint du_att = ot->sentence - TOK (r, att_last)->sentence;
              /* ... and so does one in the attribution's own sentence
               * ('"This deal must come with vigorous enforcement," she
               * said, and "clear consequences for any violations."') */
              /* '"...," Collins told MSNBC.' closing a paragraph, and the
               * next paragraph only a quotation ('"So the best way we do
               * it, we get to 1,237. Game over."'): one statement, as
               * PolNeAR marks it; not a short one ('Pretty cool', a pull
               * quote or the crowd's "Nooooo!"), nor one the paragraph
               * goes on after ('"France will always be France," an angry
               * Hollande retaliated.') */
              gboolean para_join = dp == 1 && opens_para && du_att <= 1 && words > r->x->scare_max_words;
              for (guint k = pq->close + 1; para_join && k < r->toks->len && TOK (r, k)->paragraph == ot->paragraph; k++)
                para_join = !is_word (TOK (r, k));
              if ((para_join
                   || (dp == 0 && ((du_att <= 1 && opens_sentence) || (du == 0 && cg_span_is_set (prev->source)
                                                              && prev->kind == CG_KIND_DIRECT
                                                              && prev->source.end <= qstart
                                                              && pq->open >= 2
                                                              && (is_char (TOK (r, pq->open - 1)->word, ',')
                                                                  || (tok_is (r, pq->open - 1, L_CUE_JOIN)
                                                                      && is_char (TOK (r, pq->open - 2)->word, ',')))))))
                  && prev->kind != CG_KIND_INDIRECT && cg_span_is_set (prev->cue) && prev->cue.end <= qstart)
                {
                  char *t2 = fold_ws (r->text, span.start, span.end);
                  cg_assertion_set_string (prev, &prev->text, g_strconcat (prev->text, " ", t2, NULL));
                  g_free (t2);
                  prev->span.end = span.end;
                  take_range (r, pq->open, pq->close + 1);
                  continue;
                }
              if (words <= r->x->scare_max_words)
                continue;
              CgAssertion *a = new_assertion (r, CG_KIND_DIRECT, span, pq->open, r->x->rule_continuation);
              a->source = prev->source;
              a->source_ref = prev->source_ref;
              a->source_text = g_strdup (prev->source_text);
              guint neg = 0;
              scan_modality (r, pq->open, pq->close + 1, &a->certainty, &neg);
              if (neg & 1)
                a->polarity = CG_POLARITY_NEGATIVE;
              g_ptr_array_add (r->out, a);
              take_range (r, pq->open, pq->close + 1);
              continue;
            }
        }
      if (words >= r->x->bare_quote_min_words)
        {
          CgAssertion *a = new_assertion (r, CG_KIND_DIRECT, span, pq->open, r->x->rule_bare_quote);
          guint neg = 0;
          scan_modality (r, pq->open, pq->close + 1, &a->certainty, &neg);
          if (neg & 1)
            a->polarity = CG_POLARITY_NEGATIVE;
          g_ptr_array_add (r->out, a);
          take_range (r, pq->open, pq->close + 1);
        }
    }
}

/* The author's own check-worthy sentences: statements (ending in a period)
 * holding a number, a date, a name or a check-worthiness cue, with no
 * attribution, quotation, question or first/second person in them. */
static void
run_author (Run *r)
{
  const CgExtractor *x = r->x;
  guint n = r->toks->len;
  for (guint u = 0; u < r->unit_start->len; u++)
    {
      if (g_array_index (r->unit_sentence, gint, u) < 0)
        continue;
      guint s = g_array_index (r->unit_start, guint, u), e = g_array_index (r->unit_end, guint, u);
      if (e <= s || !(r->tf[e - 1] & TF_DOT))
        continue;
      /* a quotation mark, a "?" or a token taken by an attribution but a
       * cue noun's anywhere in it rules it out (the loop below would stop
       * there): tested four tokens at a time first */
      gboolean bad = FALSE;
      for (guint i = s; i + 4 <= e && !bad; i += 4)
        {
          guint64 x = tf_four (r->tf, i);
          bad = ((x & TF_LANES (TF_BAD)) | (x & TF_LANES (TF_TAKEN) & ~(x >> 9))) != 0;
        }
      if (bad)
        continue;
      guint words = 0;
      gboolean worthy = FALSE;
      for (guint i = s; i < e && !bad; i++)
        {
          /* Four tokens on neither list, none ruling the sentence out
           * and (until one is found) none worthy by its kind, are only
           * counted: most tokens are such. */
          while (i + 4 <= e)
            {
              guint64 x = tf_four (r->tf, i);
              guint64 stop = TF_LANES (TF_AUTHOR | TF_BAD) | (worthy ? 0 : TF_LANES (TF_NUMBER | TF_CAP));
              if ((x & stop) || (x & TF_LANES (TF_TAKEN) & ~(x >> 9)))
                break;
              words += (guint) ((((x >> 6) & TF_LANES (1)) * TF_LANES (1)) >> 48);
              i += 4;
            }
          if (i >= e)
            break;
          guint tf = r->tf[i];
          if ((tf & (TF_TAKEN | TF_BAD)) && ((tf & TF_BAD) || !(tf & TF_NOMINAL)))
            bad = TRUE;
          if (!(tf & TF_WORD))
            {
              if (tf & TF_NUMBER)
                worthy = TRUE;
              continue;
            }
          words++;
          guint len;
          if (match_at (r, i, n, L_NOT_CLAIM, &len))
            bad = TRUE;
          /* once worthy, no need to look the word up again */
          if (!worthy && ((tf & TF_NUMBER) || (i > s && (tf & TF_CAP))
                          || match_at (r, i, n, L_WORTHY, &len)))
            worthy = TRUE;
        }
      if (bad || !worthy || words < x->author_min_words)
        continue;
      /* "MYTH: Ferguson is plagued by violent protests.": a list's field
       * that another label answers prints what the writer does not
       * claim */
      guint le = is_word (TOK (r, s)) && is_cap (TOK (r, s)) ? opening_label_end (r, s) : NONE;
      if (le != NONE && !tok_is (r, le, L_NOT_LABEL_SPEAKER) && list_field (r, s, le + 1))
        continue;
      CgSpan span = tok_span (r, s, e);
      CgAssertion *a = new_assertion (r, CG_KIND_AUTHOR, span, s, r->x->rule_author);
      guint neg = 0;
      scan_modality (r, s, e, &a->certainty, &neg);
      if (neg & 1)
        a->polarity = CG_POLARITY_NEGATIVE;
      g_ptr_array_add (r->out, a);
    }
}

/* ---- the learned tagger ---------------------------------------------------- */

/* Token I as the tagger sees it. */
static CgTagToken
tag_token (Run *r, guint i)
{
  /* from the compact per-token bits only (TF_CUE, TF_PREP and TF_INSIDE
   * mirror the token record's cue, prep and inside) */
  guint tf = r->tf[i];
  guint64 bits = tok_single (r, i);
  const CgLexWord *lw = tok_bits (r, i);
  /* the bits move by shifts (the asserts keep both enums in step) */
  G_STATIC_ASSERT ((guint) TF_WORD >> 6 == (guint) CG_TAGF_WORD && (guint) TF_CAP >> 7 == (guint) CG_TAGF_CAP
                   && (guint) TF_NUMBER >> 5 == (guint) CG_TAGF_NUMBER && (guint) TF_MARK >> 6 == (guint) CG_TAGF_QUOTE
                   && (guint) TF_INSIDE == (guint) CG_TAGF_INSIDE && (guint) TF_CUE << 5 == (guint) CG_TAGF_CUE
                   && (guint) TF_PREP << 5 == (guint) CG_TAGF_PREP);
  guint f = ((tf >> 6) & CG_TAGF_WORD) | ((tf >> 7) & CG_TAGF_CAP) | ((tf >> 5) & CG_TAGF_NUMBER)
            | ((tf >> 6) & CG_TAGF_QUOTE) | (tf & CG_TAGF_INSIDE) | ((tf << 5) & (CG_TAGF_CUE | CG_TAGF_PREP));
  f |= ((bits >> L_PRON) & 1) ? CG_TAGF_PRON : 0;
  f |= ((bits >> L_DET) & 1) ? CG_TAGF_DET : 0;
  f |= ((lw->single >> L_TITLE) & 1) ? CG_TAGF_TITLE : 0;
  f |= (((bits | (tf & TF_LISTS ? lw->multi : 0)) >> L_VERB) & 1) ? CG_TAGF_VERB : 0;
  f |= ((bits >> L_TRIGGER) & 1) ? CG_TAGF_TRIGGER : 0;
  return (CgTagToken) { .word = TOK (r, i)->word, .flags = (guint16) f };
}

/* A labelled span of one sentence: tokens [s, e) of field B (a B- label). */
typedef struct {
  guint s, e, field;
  gboolean used;
} TagSpan;

/* The span of field FIELD nearest to the cue span C among SP[0, N), not
 * used yet, on side SIDE (-1 before, +1 after, 0 either), not past another
 * cue span; or NULL. */
static TagSpan *
nearest_span (TagSpan *sp, guint n, guint c, guint field, int side)
{
  TagSpan *best = NULL;
  guint best_d = G_MAXUINT;
  for (int dir = -1; dir <= 1; dir += 2)
    {
      if (side && dir != side)
        continue;
      for (gint k = (gint) c + dir; k >= 0 && k < (gint) n; k += dir)
        {
          if (sp[k].field == CG_TAG_B_CUE)
            break;
          if (sp[k].field != field || sp[k].used)
            continue;
          guint d = dir < 0 ? sp[c].s - sp[k].e : sp[k].s - sp[c].e;
          if (d < best_d)
            {
              best_d = d;
              best = &sp[k];
            }
          break;
        }
    }
  return best;
}

/* The least of MARGINS[S, E): how sure the model is of a span. */
static float
span_margin (const float *margins, guint s, guint e)
{
  float m = G_MAXFLOAT;
  for (guint i = s; i < e; i++)
    m = MIN (m, margins[i]);
  return m;
}

static gboolean
spans_meet (CgSpan a, CgSpan b)
{
  return cg_span_is_set (a) && cg_span_is_set (b) && a.start < b.end && b.start < a.end;
}

/* Whether the tagger's assertion with CONTENT, CUE and SOURCE may go in,
 * the model being CUE_MARGIN sure of its cue and SOURCE_MARGIN of its
 * source.  Alone it goes in when CUE_MARGIN reaches tagger_add_margin.
 * Where assertions of the rules share a content or cue with it and none
 * is a quotation, it replaces them when CUE_MARGIN reaches
 * tagger_replace_margin; else a single one sharing its cue takes its
 * source when SOURCE_MARGIN reaches tagger_source_margin. */
static gboolean
displace (Run *r, CgSpan content, CgSpan cue, CgSpan source, float cue_margin, float source_margin)
{
  const CgExtractor *x = r->x;
  guint met = 0;
  CgAssertion *one = NULL;
  for (guint k = 0; k < r->out->len; k++)
    {
      CgAssertion *a = g_ptr_array_index (r->out, k);
      if (!spans_meet (a->span, content) && !spans_meet (a->span, cue) && !spans_meet (a->cue, content)
          && !spans_meet (a->cue, cue))
        continue;
      if (a->kind != CG_KIND_INDIRECT)
        return FALSE;
      met++;
      one = a;
    }
  if (met == 0)
    return cue_margin >= x->tagger_add_margin;
  if (cue_margin >= x->tagger_replace_margin)
    {
      for (guint k = r->out->len; k-- > 0;)
        {
          CgAssertion *a = g_ptr_array_index (r->out, k);
          if (spans_meet (a->span, content) || spans_meet (a->span, cue) || spans_meet (a->cue, content)
              || spans_meet (a->cue, cue))
            g_ptr_array_remove_index (r->out, k);
        }
      return TRUE;
    }
  if (met == 1 && spans_meet (one->cue, cue) && source_margin >= x->tagger_source_margin
      && !spans_meet (one->span, source)
      && (one->source.start != source.start || one->source.end != source.end))
    {
      one->source = source;
      one->source_ref = CG_SPAN_NONE;
      g_free (one->source_text);
      one->source_text = fold_ws (r->text, source.start, source.end);
    }
  return FALSE;
}

/* Sentences no pattern found an attribution in but holding a trigger word
 * of the model: the tagger labels them, and each cue it finds with a
 * content and a source span becomes an indirect assertion.  Only those
 * sentences, so the cost stays with the rules' misses. */
static void
run_tagger (Run *r)
{
  const CgExtractor *x = r->x;
  if (x->tagger == NULL)
    return;
  guint cap = 0;
  CgTagToken *tt = NULL;
  guint8 *labels = NULL;
  float *margins = NULL;
  TagSpan *sp = NULL;
  /* the sentences holding a trigger word, each once */
  guint last_unit = G_MAXUINT;
  for (guint ti = 0; ti < r->n_trig; ti++)
    {
      guint u = TOK (r, r->trig[ti])->sentence;
      if (u == last_unit || g_array_index (r->unit_sentence, gint, u) < 0)
        continue;
      last_unit = u;
      guint s = g_array_index (r->unit_start, guint, u), e = g_array_index (r->unit_end, guint, u);
      guint any = tf_any (r->tf, s, e);
      /* a sentence the rules took: in scope "unquoted" still labelled when
       * it holds no quotation, in scope "all" always */
      if ((any & TF_TAKEN)
          && (x->tagger_scope == TAGGER_MISSES || (x->tagger_scope == TAGGER_UNQUOTED && (any & TF_MARK))))
        continue;
      guint n = e - s;
      if (n > cap)
        {
          cap = MAX (n, 2 * cap);
          tt = g_renew (CgTagToken, tt, cap);
          labels = g_renew (guint8, labels, cap);
          margins = g_renew (float, margins, cap);
          sp = g_renew (TagSpan, sp, cap);
        }
      for (guint i = 0; i < n; i++)
        tt[i] = tag_token (r, s + i);
      /* in a sentence the rules took, a trigger word they used does not
       * open it to the model: another one must score as a cue */
      if (any & TF_TAKEN)
        for (guint i = 0; i < n; i++)
          if (r->tf[s + i] & TF_TAKEN)
            tt[i].flags |= CG_TAGF_TAKEN;
      if (!cg_tagger_tag (x->tagger, tt, n, x->tagger_min_margin, labels, margins))
        continue;
      guint ns = 0;
      for (guint i = 0; i < n; i++)
        {
          guint l = labels[i];
          if (l == CG_TAG_B_SOURCE || l == CG_TAG_B_CUE || l == CG_TAG_B_CONTENT)
            sp[ns++] = (TagSpan) { s + i, s + i + 1, l, FALSE };
          else if (l != CG_TAG_O && ns > 0)
            sp[ns - 1].e = s + i + 1;
        }
      for (guint c = 0; c < ns; c++)
        {
          if (sp[c].field != CG_TAG_B_CUE)
            continue;
          TagSpan *ct = nearest_span (sp, ns, c, CG_TAG_B_CONTENT, 0);
          if (ct == NULL)
            continue;
          TagSpan *so = nearest_span (sp, ns, c, CG_TAG_B_SOURCE, ct->s > sp[c].s ? -1 : 0);
          if (so == NULL)
            so = nearest_span (sp, ns, c, CG_TAG_B_SOURCE, 0);
          /* an attribution names who says it: without a speaker the
           * sentence stays the author's; so does "The CIA has been ordered
           * to ...", whose subject before a passive cue is no speaker */
          if (so == NULL)
            continue;
          gboolean passive = FALSE;
          for (guint i = sp[c].s; i < sp[c].e && !passive; i++)
            passive = tok_is (r, i, L_PASSIVE);
          if (passive && so->e <= sp[c].s)
            continue;
          /* the source without punctuation at its edges ("allies :") */
          guint ss = so->s, se = so->e;
          while (ss < se && !(r->tf[ss] & (TF_WORD | TF_NUMBER)))
            ss++;
          while (se > ss && !(r->tf[se - 1] & (TF_WORD | TF_NUMBER)))
            se--;
          /* nor one that opens with a word no mention starts with ("who
           * met", "that fights", "I'm"): extract.rules [not-source]; nor
           * a section label alone ("Context: Russia invaded ..."):
           * [not-label-speakers] */
          if (se == ss || tok_is (r, ss, L_NOT_SOURCE) || tok_is (r, ss, L_RELATIVE)
              || (se == ss + 1 && tok_is (r, ss, L_NOT_LABEL_SPEAKER)))
            continue;
          guint cs = ct->s, ce = ct->e;
          /* claimgraph's content starts after the complementizer */
          if (ce > cs + 1 && tok_is (r, cs, L_AFTER_HEARER) && strcmp (TOK (r, cs)->word, "that") == 0)
            cs++;
          while (ce > cs + 1 && !(r->tf[ce - 1] & (TF_WORD | TF_NUMBER | TF_MARK)))
            ce--;
          if (!(r->tf[cs] & (TF_WORD | TF_NUMBER | TF_MARK)))
            continue;
          /* a claim takes words: "hates that", "UPDATE: Now" are none */
          guint words = 0;
          for (guint i = cs; i < ce && words < 2; i++)
            words += (r->tf[i] & TF_WORD) != 0;
          if (words < 2)
            continue;
          /* quotations are the rules' (their bounds are the marks); the
           * tagger's contents holding one were less precise than theirs */
          gboolean quoted = FALSE;
          for (guint i = cs; i < ce && !quoted; i++)
            quoted = (r->tf[i] & TF_MARK) != 0;
          if (quoted)
            continue;
          /* the rules' assertions it overlaps: replaced when the model is
           * sure enough of its cue and none is a quotation, else the
           * rules' stand */
          if (!displace (r, tok_span (r, cs, ce), tok_span (r, sp[c].s, sp[c].e), tok_span (r, ss, se),
                         span_margin (margins, sp[c].s - s, sp[c].e - s), span_margin (margins, ss - s, se - s)))
            continue;
          ct->used = TRUE;
          CgAssertion *a = new_assertion (r, CG_KIND_INDIRECT, tok_span (r, cs, ce), cs, r->x->rule_tagger);
          so->used = TRUE;
          a->source = tok_span (r, ss, se);
          a->source_text = fold_ws (r->text, a->source.start, a->source.end);
          take_range (r, ss, se);
          a->cue = tok_span (r, sp[c].s, sp[c].e);
          a->cue_text = fold_ws (r->text, a->cue.start, a->cue.end);
          CgCertainty certainty = CG_CERTAINTY_CERTAIN;
          guint negations = 0, cue_negations = 0;
          gboolean cue_negative = FALSE;
          for (guint i = sp[c].s; i < sp[c].e; i++)
            if (TOK (r, i)->cue)
              {
                const char *v = cg_rule_attr (TOK (r, i)->cue, "certainty");
                CgCertainty cc;
                if (v && cg_certainty_from_name (v, &cc))
                  certainty = cc;
                v = cg_rule_attr (TOK (r, i)->cue, "polarity");
                cue_negative = v && strcmp (v, "negative") == 0;
              }
          scan_modality (r, sp[c].s, sp[c].e, &certainty, &cue_negations);
          a->stance = cue_stance (r, sp[c].s, sp[c].e, cs);
          if (a->stance == CG_STANCE_DISPUTES && dispute_not_writers (r, MIN (ss, sp[c].s)))
            a->stance = CG_STANCE_NEUTRAL;
          if (refuted_after_cue (r, sp[c].e, cs))
            cue_negative = !cue_negative;
          scan_modality (r, cs, ce, &certainty, &negations);
          a->certainty = certainty;
          if (((cue_negations & 1) != 0) ^ cue_negative ^ ((negations & 1) != 0))
            a->polarity = CG_POLARITY_NEGATIVE;
          g_ptr_array_add (r->out, a);
          take_range (r, cs, ce);
          take_range (r, sp[c].s, sp[c].e);
        }
    }
  g_free (tt);
  g_free (labels);
  g_free (margins);
  g_free (sp);
}

/* The patterns' speaker mentions are often cut short on the left:
 * "Democrats" for "Many liberal Democrats", "Fiorina" for "Both Cruz and
 * Fiorina".  A short mention of an indirect assertion after a word gets
 * the tagger's source span when that ends where it does and starts
 * earlier, over words only; a window around the mention is decoded. */
static void
extend_sources (Run *r)
{
  const CgExtractor *x = r->x;
  if (x->tagger == NULL || x->tagger_source_max_words == 0)
    return;
  guint cap = 0, last_u = G_MAXUINT;
  CgTagToken *tt = NULL;
  guint8 *labels = NULL;
  for (guint k = 0; k < r->out->len; k++)
    {
      CgAssertion *a = g_ptr_array_index (r->out, k);
      if (a->kind != CG_KIND_INDIRECT || !cg_span_is_set (a->source))
        continue;
      guint ss = token_at (r, a->source.start);
      if (ss == NONE || ss == 0 || !same_unit (r, ss - 1, ss) || !(r->tf[ss - 1] & TF_WORD)
          || (r->tf[ss - 1] & (TF_CUE | TF_TAKEN)))
        continue;
      guint se = ss, words = 0;
      for (; se < r->toks->len && TOK (r, se)->start < a->source.end; se++)
        words += (r->tf[se] & TF_WORD) != 0;
      if (words > x->tagger_source_max_words)
        continue;
      guint u = TOK (r, ss)->sentence;
      guint s = g_array_index (r->unit_start, guint, u), e = g_array_index (r->unit_end, guint, u), n = e - s;
      if (g_array_index (r->unit_sentence, gint, u) < 0 || se > e)
        continue;
      if (u != last_u)
        {
          if (n > cap)
            {
              cap = MAX (n, 2 * cap);
              tt = g_renew (CgTagToken, tt, cap);
              labels = g_renew (guint8, labels, cap);
            }
          for (guint i = 0; i < n; i++)
            tt[i] = tag_token (r, s + i);
          last_u = u;
        }
      guint from = ss - s > 8 ? ss - s - 8 : 0, to = MIN (n, se - s + 2);
      cg_tagger_tag_range (x->tagger, tt, n, from, to, labels);
      guint last = se - 1 - s;
      if (labels[last] != CG_TAG_B_SOURCE && labels[last] != CG_TAG_I_SOURCE)
        continue;
      if (last + 1 < to && labels[last + 1] == CG_TAG_I_SOURCE)
        continue;  /* it goes on past the mention */
      guint b = last;
      while (b > from && labels[b] == CG_TAG_I_SOURCE)
        b--;
      if (labels[b] != CG_TAG_B_SOURCE || s + b >= ss)
        continue;
      gboolean ok = TRUE;
      for (guint i = s + b; i < ss && ok; i++)
        ok = (r->tf[i] & (TF_WORD | TF_NUMBER)) && !(r->tf[i] & (TF_TAKEN | TF_CUE));
      if (!ok)
        continue;
      a->source.start = TOK (r, s + b)->start;
      a->source_ref = CG_SPAN_NONE;
      g_free (a->source_text);
      a->source_text = fold_ws (r->text, a->source.start, a->source.end);
      take_range (r, s + b, ss);
    }
  g_free (tt);
  g_free (labels);
}

/* ---- the learned bounds chooser ----------------------------------------- */

/* The token holding byte OFFSET (the last one starting at or before it). */
static guint
token_holding (Run *r, gint64 offset)
{
  guint lo = 0, hi = r->toks->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (TOK (r, mid)->start <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo > 0 ? lo - 1 : 0;
}

/* Whether token I can stand in a speaker's description after WORDS
 * words (counted here): a quotation mark or a title's dot, or a word
 * that is no cue, no word of extract.rules [noun-phrase-ends] or
 * [not-source] but a coordinator of [source-coordinators] ("current and
 * former"), a lowercase "-ed" word only first ("unnamed"), and no more
 * than source_max_words words.  Once a token fails, every longer run
 * holding it fails too. */
static inline gboolean
speaker_token (Run *r, guint i, guint *words)
{
  const CgPatToken *t = TOK (r, i);
  if (!is_word (t))
    return t->quote_open >= 0 || t->quote_close >= 0 || title_dot (r, i);
  if (t->cue || tword_is (r, t, L_NP_END) || (tword_is (r, t, L_NOT_SOURCE) && !tok_is (r, i, L_COORD))
      || (*words > 0 && !is_cap (t) && ends_with (t->word, "ed")) || ++*words > r->x->source_max_words)
    return FALSE;
  return TRUE;
}

/* Whether the words from S to E can all describe a speaker
 * (speaker_token()), the last no coordinator and, when HEAD is set, a
 * word of [source-description-heads]. */
static gboolean
describes_speaker (Run *r, guint s, guint e, gboolean head)
{
  guint words = 0, last = NONE;
  for (guint i = s; i < e; i++)
    {
      if (!speaker_token (r, i, &words))
        return FALSE;
      if (is_word (TOK (r, i)))
        last = i;
    }
  return last != NONE && !tok_is (r, last, L_COORD) && (!head || tok_is (r, last, L_SOURCE_HEAD));
}

/* Whether the content [S, E) is only a source's description (' A
 * "former senior U.S. official close to current administration
 * officials" said ...', 'Citing "current and former U.S. officials," The
 * Washington Post reported', "quoting unnamed current and former US
 * officials"): words that describe a speaker (describes_speaker ()) up
 * to a word of [source-description-heads], then a [source-modifiers]
 * phrase and more such words; or, when the content opens with a word of
 * extract.rules [source-citers] or CITED, or CUE (NULL: none) ends with one,
 * nothing more.  Such a text names who speaks, not what is said; an object of
 * other cues ("berated ... two coast guard officials", "slammed
 * \"incompetent lawbreaking election officials\"") is left alone. */
static gboolean
source_description (Run *r, guint s, guint e, gboolean cited, const CgSpan *cue)
{
  while (s < e && !is_word (TOK (r, s)))
    s++;
  while (e > s && !is_word (TOK (r, e - 1)) && !title_dot (r, e - 1))
    e--;
  if (s < e && tok_is (r, s, L_SOURCE_CITER))
    {
      cited = TRUE;
      s++;
    }
  if (s < e && tword_is (r, TOK (r, s), L_DET))
    s++;
  /* The words before a modifier must all describe a speaker: the search
   * for one ends at the first that cannot, which is also where the whole
   * content stops being a description, so a long content costs a few
   * tokens, not a lexicon probe at each. */
  guint words = 0;
  for (guint i = s + 1; i < e; i++)
    {
      guint len;
      if (!speaker_token (r, i - 1, &words))
        return FALSE;
      if (match_entry (r, i, e, L_SOURCE_MOD, &len))
        return describes_speaker (r, s, i, TRUE) && i + len < e && describes_speaker (r, i + len, e, FALSE);
    }
  if (!cited && cue && cue->end > cue->start)
    cited = tok_is (r, token_holding (r, cue->end - 1), L_SOURCE_CITER);
  return cited && describes_speaker (r, s, e, TRUE);
}

/* The token holding byte OFFSET, at or after token FROM, which holds an
 * earlier byte: a gallop from FROM, so a short content costs a few steps
 * whatever the article's length. */
static guint
token_holding_after (Run *r, guint from, gint64 offset)
{
  guint n = r->toks->len, lo = from, step = 1, hi = from + 1;
  while (hi < n && TOK (r, hi)->start <= offset)
    {
      lo = hi;
      hi = from + (step <<= 1);
    }
  if (hi > n)
    hi = n;
  /* TOK (lo) starts at or before OFFSET; TOK (hi), when there is one, after it */
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;
      if (TOK (r, mid)->start <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/* Drops the assertions whose content is only a source's description
 * (source_description()): no claim, so nothing to link. */
static void
drop_source_contents (Run *r)
{
  for (guint k = r->out->len; k-- > 0;)
    {
      CgAssertion *a = g_ptr_array_index (r->out, k);
      if (a->kind == CG_KIND_AUTHOR || a->span.end <= a->span.start)
        continue;
      guint s = token_holding (r, a->span.start), e = token_holding_after (r, s, a->span.end - 1) + 1;
      if (source_description (r, s, e, FALSE, &a->cue))
        g_ptr_array_remove_index (r->out, k);
    }
}

/* Whether the content [CS, CE) holds an end the chooser ranks besides its
 * own: after a word or number, before punctuation, a boundary word or a
 * sentence's start (cg_bounds_candidates()), from the per-token bits alone. */
static gboolean
end_candidate_inside (Run *r, guint cs, guint ce)
{
  for (guint b = cs + 1; b < ce; b++)
    if ((r->tf[b - 1] & (TF_WORD | TF_NUMBER))
        && (!(r->tf[b] & (TF_WORD | TF_NUMBER)) || tok_is (r, b, L_BOUNDS)
            || g_array_index (r->unit_start, guint, TOK (r, b)->sentence) == b))
      return TRUE;
  return FALSE;
}

/* Whether the content [CS, CE) holds, right after a word or number, a
 * punctuation token of extract.rules [bounds-gate]: the ends where the
 * rules are least sure, the only contents the chooser ranks when the list
 * is not empty. */
static gboolean
gate_inside (Run *r, guint cs, guint ce)
{
  for (guint b = cs + 1; b < ce; b++)
    if (!(r->tf[b] & (TF_WORD | TF_NUMBER)) && (r->tf[b - 1] & (TF_WORD | TF_NUMBER))
        && g_hash_table_contains (r->x->bounds_gate, TOK (r, b)->word))
      return TRUE;
  return FALSE;
}

/* The rules' contents of indirect assertions with a cue get the bounds the learned
 * chooser prefers among the token boundaries near theirs (cg-bounds.h),
 * within the sentences holding them.  Only contents of whole words are
 * moved; quotations keep their marks' bounds. */
static void
choose_bounds (Run *r)
{
  const CgExtractor *x = r->x;
  if (x->bounds == NULL)
    return;
  guint cap = 0;
  CgTagToken *tt = NULL;
  guint8 *marks = NULL;
  const char *last_rule = NULL;
  guint32 rule_hash = cg_tagger_hash ("");
  gboolean gate = g_hash_table_size (x->bounds_gate) > 0;
  for (guint k = 0; k < r->out->len; k++)
    {
      CgAssertion *a = g_ptr_array_index (r->out, k);
      /* as the model was trained: an indirect content with a cue (a
       * transcript's "NAME: ..." had none; its colon cue, cue=after-source,
       * leaves train's and dev's exact F1 as they were with or without it) */
      if (a->kind != CG_KIND_INDIRECT || !cg_span_is_set (a->span) || a->span.end <= a->span.start
          || !cg_span_is_set (a->cue) || a->cue.end <= a->cue.start)
        continue;
      guint cs = token_holding (r, a->span.start), ce = token_holding (r, a->span.end - 1) + 1;
      while (cs < ce && !(r->tf[cs] & (TF_WORD | TF_NUMBER)))
        cs++;
      while (ce > cs && !(r->tf[ce - 1] & (TF_WORD | TF_NUMBER)))
        ce--;
      if (ce <= cs || (gate && !gate_inside (r, cs, ce)))
        continue;
      guint u = TOK (r, cs)->sentence, v = TOK (r, ce - 1)->sentence;
      if (g_array_index (r->unit_sentence, gint, u) < 0 || g_array_index (r->unit_sentence, gint, v) < 0)
        continue;
      guint ws = g_array_index (r->unit_start, guint, u), we = g_array_index (r->unit_end, guint, v);
      gboolean gap = FALSE;
      for (guint w = u; w <= v && !gap; w++)
        gap = g_array_index (r->unit_sentence, gint, w) < 0;
      if (gap)
        continue;
      /* an end moves only back to a candidate inside the content
       * (cg_bounds_candidates()): none, nothing to rank */
      if (x->bounds_sides == 2 && !end_candidate_inside (r, cs, ce))
        continue;
      guint qs = token_holding (r, a->cue.start), qe = token_holding (r, a->cue.end - 1) + 1;
      /* the window starts a few tokens before the content or its cue,
       * within the sentence, and ends a few past it: the features look
       * no further */
      guint lead = MIN (cs, qs >= ws ? qs : cs);
      ws = MAX (ws, lead >= ws + CG_BOUNDS_LEAD ? lead - CG_BOUNDS_LEAD : ws);
      we = MIN (we, ce + CG_BOUNDS_AFTER);
      guint n = we - ws;
      if (n > cap)
        {
          cap = MAX (n, 2 * cap);
          tt = g_renew (CgTagToken, tt, cap);
          marks = g_renew (guint8, marks, cap);
        }
      memset (marks, 0, n);
      for (guint w = u; w <= v; w++)
        {
          guint at = g_array_index (r->unit_start, guint, w);
          if (at >= ws && at < we)
            marks[at - ws] = CG_BOUNDS_BOS;
        }
      if (x->bounds_sides == 2)
        {
          /* the end's features read no token before the content, and the
           * classes only of the content's first token, the rules' end and
           * the tokens at and after a candidate (cg_bounds_features()):
           * the others get their word and the flags the candidates and
           * counts read, which cost no list lookups */
          for (guint i = 0; i < cs - ws; i++)
            tt[i] = (CgTagToken) { "", 0 };
          gboolean edge_before = TRUE;
          for (guint i = cs - ws; i < n; i++)
            {
              guint t = ws + i, tf = r->tf[t];
              if (tok_is (r, t, L_BOUNDS))
                marks[i] |= CG_BOUNDS_BREAK;
              gboolean edge = !(tf & (TF_WORD | TF_NUMBER)) || marks[i];
              if (edge || edge_before || t == cs || t == ce || t == ce + 1)
                tt[i] = tag_token (r, t);
              else
                tt[i] = (CgTagToken) { TOK (r, t)->word, (guint16) (((tf >> 6) & CG_TAGF_WORD) | ((tf >> 5) & CG_TAGF_NUMBER)
                                                                | ((tf >> 6) & CG_TAGF_QUOTE)) };
              edge_before = edge;
            }
        }
      else
        for (guint i = 0; i < n; i++)
          {
            tt[i] = tag_token (r, ws + i);
            marks[i] |= tok_is (r, ws + i, L_BOUNDS) ? CG_BOUNDS_BREAK : 0;
          }
      if (a->rule != last_rule)
        {
          last_rule = a->rule;
          rule_hash = cg_tagger_hash (a->rule ? a->rule : "");
        }
      CgBoundsInput in = { tt, marks, n, 0, 0, cs - ws, ce - ws, rule_hash, 0,
                           a->kind };
      if (qs >= ws && qe <= we)
        {
          in.cue_s = qs - ws;
          in.cue_e = qe - ws;
        }
      in.cue = cg_tagger_hash (TOK (r, qe - 1)->word);
      guint nb = (x->bounds_sides & 1) ? cg_bounds_choose (x->bounds, &in, CG_BOUNDS_START, x->bounds_margin) : in.cs;
      guint ne = (x->bounds_sides & 2) ? cg_bounds_choose (x->bounds, &in, CG_BOUNDS_END, x->bounds_margin) : in.ce;
      /* the links compare contents by their numbers ("$138 billion ...,
       * compared to $119 billion from the U.S."): a cut never drops one */
      for (guint i = ne; i < in.ce && x->bounds_keep_numbers; i++)
        if (tt[i].flags & CG_TAGF_NUMBER)
          ne = in.ce;
      if ((nb == in.cs && ne == in.ce) || nb >= ne)
        continue;
      /* a content whose text is not its span's ("who, Ford says, was in
       * the room": the attribution in its middle cut out) keeps it: the
       * span's text would put the cue back */
      char *plain = fold_ws (r->text, a->span.start, a->span.end);
      gboolean composite = strcmp (plain, a->text) != 0;
      g_free (plain);
      if (composite)
        continue;
      if (nb != in.cs)
        {
          a->span.start = TOK (r, ws + nb)->start;
          a->sentence = sentence_of (r, ws + nb);
        }
      if (ne != in.ce)
        a->span.end = TOK (r, ws + ne - 1)->end;
      cg_assertion_set_string (a, &a->text, fold_ws (r->text, a->span.start, a->span.end));
    }
  g_free (tt);
  g_free (marks);
}

static void
run_free (Run *r)
{
  scratch_give (r);
  g_array_unref (r->qs);
  g_array_unref (r->lq);
  g_array_unref (r->unit_start);
  g_array_unref (r->unit_end);
  g_array_unref (r->unit_sentence);
  g_free (r->noun_cand);
  g_free (r->memo);
  g_free (r->memo_set);
  g_free (r->folded);
  if (r->folded_more)
    g_ptr_array_unref (r->folded_more);
}

CgTagDoc *
cg_extractor_tag_doc (CgExtractor *x, const CgArticle *article, const CgSegments *segments)
{
  CgTagDoc *doc = g_new0 (CgTagDoc, 1);
  doc->tokens = g_array_new (FALSE, FALSE, sizeof (CgTagToken));
  doc->spans = g_array_new (FALSE, FALSE, sizeof (CgSpan));
  doc->sentences = g_array_new (FALSE, FALSE, sizeof (guint));
  doc->words = g_string_chunk_new (4096);
  Run r = { 0 };
  r.x = x;
  r.article = article;
  r.segments = segments;
  r.text = article->text ? article->text : article->raw;
  /* CgPatToken's offsets are 32-bit: no text longer than the reader takes */
  if (r.text == NULL || article->len == 0 || article->len > CG_MAX_ARTICLE_BYTES)
    {
      guint zero = 0;
      g_array_append_val (doc->sentences, zero);
      return doc;
    }
  r.unit_start = g_array_new (FALSE, FALSE, sizeof (guint));
  r.unit_end = g_array_new (FALSE, FALSE, sizeof (guint));
  r.unit_sentence = g_array_new (FALSE, FALSE, sizeof (gint));
  tokenize (&r);
  mark_quotes (&r);
  mark_cues (&r);
  for (guint u = 0; u < r.unit_start->len; u++)
    {
      if (g_array_index (r.unit_sentence, gint, u) < 0)
        continue;
      guint s = g_array_index (r.unit_start, guint, u), e = g_array_index (r.unit_end, guint, u);
      if (e <= s)
        continue;
      g_array_append_val (doc->sentences, doc->tokens->len);
      for (guint i = s; i < e; i++)
        {
          CgTagToken t = tag_token (&r, i);
          t.word = g_string_chunk_insert_const (doc->words, t.word);
          CgSpan sp = { TOK (&r, i)->start, TOK (&r, i)->end };
          g_array_append_val (doc->tokens, t);
          g_array_append_val (doc->spans, sp);
        }
    }
  g_array_append_val (doc->sentences, doc->tokens->len);
  run_free (&r);
  return doc;
}

GPtrArray *
cg_extractor_run (CgExtractor *x, const CgArticle *article, const CgSegments *segments)
{
  Run r = { 0 };
  r.x = x;
  r.article = article;
  r.segments = segments;
  r.text = article->text ? article->text : article->raw;
  /* about an assertion per sentence (an author's claim or an attribution):
   * room for them at once */
  guint room = segments && segments->sentences ? segments->sentences->len + 16 : 16;
  r.out = g_ptr_array_new_full (room, (GDestroyNotify) cg_assertion_free);
  /* CgPatToken's offsets are 32-bit: no text longer than the reader takes */
  if (r.text == NULL || article->len == 0 || article->len > CG_MAX_ARTICLE_BYTES)
    return r.out;
  r.unit_start = g_array_new (FALSE, FALSE, sizeof (guint));
  r.unit_end = g_array_new (FALSE, FALSE, sizeof (guint));
  r.unit_sentence = g_array_new (FALSE, FALSE, sizeof (gint));
  tokenize (&r);
  mark_quotes (&r);
  mark_cues (&r);
  mark_clause_breaks (&r);
  r.in.tokens = (const CgPatToken *) r.toks->data;
  r.in.n_tokens = r.toks->len;
  r.in.quotes = (const CgPatQuote *) r.qs->data;
  r.in.n_quotes = r.qs->len;
  r.in.sentence_start = (guint *) r.unit_start->data;
  r.in.sentence_end = (guint *) r.unit_end->data;
  r.in.n_sentences = r.unit_start->len;
  r.in.source_back = source_back;
  r.in.source_fwd = source_fwd;
  r.in.possessive = possessive;
  r.in.np_end = np_end;
  r.in.data = &r;
  run_patterns (&r);
  run_quotes (&r);
  extend_sources (&r);
  run_tagger (&r);
  choose_bounds (&r);
  run_author (&r);
  drop_source_contents (&r);
  sort_by_start (r.out);
  run_free (&r);
  return r.out;
}
