/* claimview.c: an assertion read as propositions (subject, predicate,
 * complement, polarity, mood) for the linker's contradiction checks (see
 * cg-claimview.h).  Word lists come from claimview.rules. */
#include "cg-claimview.h"

#include <string.h>

typedef enum { MOOD_UNKNOWN, MOOD_FACT, MOOD_PREDICT, MOOD_POSSIBLE, MOOD_IRREALIS } Mood;

/* The time a proposition's verb speaks of, as far as its auxiliary or an
 * -ed form tells ("tense=" of [auxiliaries], [negative_auxiliaries]); a
 * perfect ("has interfered") counts as past: it covers what was done. */
enum { TENSE_NONE, TENSE_PAST, TENSE_PRESENT, TENSE_FUTURE };

static const char *const tense_names[] = { "", "past", "present", "future" };

static const char *const mood_names[] = { "?", "fact", "predict", "possible", "irrealis" };

/* A list of concepts.  While a view is built its lists are the
 * viewer's drafts, grown by words_push() and reused from view to view;
 * in a finished view they sit in the view's one allocation (freeze())
 * and are never grown: the comparisons only read them, and gather their
 * own in lists on the stack ({ 0 }, grown by words_push(), V freed with
 * g_free()). */
typedef struct {
  const char **v;
  guint        len, cap;
} Words;

#define word_at(w, i) ((w)->v[(i)])
#define PROP_AT(view, i) (&(view)->props[(i)])

/* One proposition.  Concepts are interned in the viewer's string chunk,
 * so equal concepts are equal pointers. */
typedef struct {
  Words      *subject;      /* content concepts before the predicate, or the speaker's */
  Words      *named;        /* those of them written capitalized there, and the speaker's */
  Words      *names;        /* those capitalized inside a clause, not titles (names_apart()) */
  Words      *owned;        /* subject concepts after a possessive, its head ("wife" of "Carlson's wife") */
  const char *pred;         /* NULL: a noun phrase, no predicate found */
  Words      *core;         /* the predicate, then its complement */
  Mood        mood;
  guint       neg : 1;       /* a negation inside it */
  guint       sub : 1;       /* a relative or subordinate clause: not what the text claims */
  guint       copula : 1;    /* "was not a war of Obama's choosing" */
  guint       passive : 1;   /* a copula before a verb form: "was endorsed by", "was involved in" */
  guint       open_object : 1; /* a pronoun right after the predicate: "signed it into law" */
  guint       told : 1;      /* its subject holds a [reporting_words] word: what a rumor says; or it
                              * follows a subject's [saying_words] word: what that subject says */
  guint       under_neg : 1; /* opened by "that" after a negated verb: "doesn't agree that ..." */
  guint       existential : 1; /* "there was no ..." */
  guint       generic : 1;   /* "you", "one": anybody */
  guint       unknown : 1;   /* a pronoun the text does not resolve */
  guint       self : 1;      /* a pronoun of the speaker */
  guint       aux : 1;       /* an auxiliary seen, the predicate follows */
  guint       pending : 1;   /* an infinitive marker seen, the predicate follows */
  guint       graded : 1;    /* a degree or frequency ("rarely", "as easily") */
  guint       coord : 1;     /* a predicate joined by "and" after a denied noun phrase: not denied */
  guint       inherit : 1;   /* the complement of a negated "evidence that", "denied that" */
  guint       head : 1;      /* PRED is the head of a denied noun phrase ("denied any interference") */
  guint       implicit : 1;  /* the subject is the speaker of a text opening on its verb */
  guint       wishful : 1;   /* a word of wish or demand before the predicate */
  guint       gneg : 1;      /* the predicate governing its infinitive is negated */
  guint       claused : 1;   /* negated, taking a clause: "never wrote in the memos that he felt hindered" */
  guint       taken : 1;     /* opened by "that" right after a negated verb (not after "and") */
  guint       wanted : 1;    /* the infinitive of a subject with no verb before: "[urged] Trump to cancel" */
  guint       owner : 1;     /* a possessive seen in the subject: the words after it are OWNED */
  guint       qualified : 1; /* a [qualifiers] clause follows it: "is not starting a trade war because ..." */
  guint       tense : 2;     /* TENSE_*: of its first auxiliary, else of a predicate in -ed */
  guint       progressive : 1; /* its predicate is in -ing after an auxiliary: "is not monitoring" */
  guint       urged : 1;     /* an infinitive an [urging_verbs] predicate governs: "pressured to accept" */
  guint       perfect : 1;   /* a perfect ("has", "had" of "perfect=1"): what was done up to a time */
  guint       lead;          /* subject words before the first function word or mark ("election interference") */
  guint       lead_closed : 1;
  const char *subject_head; /* the last subject word not in -ly: the noun the subject names */
  const char *head_last;    /* for HEAD: the last word of that first run, the noun it ends on */
  const char *governor;     /* the predicate of the clause whose infinitive this is ("need" in "need to block") */
} Prop;

/* A view is one allocation (freeze()): this header, then its N_PROPS
 * propositions, their Words and the concepts they list, so that making
 * and dropping one (half the assertions of a large corpus, again after
 * eviction from the linker's cache) costs one malloc and one free. */
struct _CgClaimView {
  Prop      *props;
  guint      n_props;
  Words     *caps;          /* concepts of capitalized words, and the speaker's */
  Words     *compounds;     /* pairs: a name word and the name word right after it ("islam", "state") */
  Words     *gerunds;       /* concepts of words in -ing ("terminating"): no modifier of a noun */
  gboolean   denied;
  gboolean   wish;          /* the cue reports a wish, order or talk */
  gboolean   opposed;       /* the cue reports opposition to it: a course, not a claim */
  gboolean   spoken;        /* the assertion has a known speaker */
};

/* The word lists cg_claim_view_new() asks about each token, as bits of
 * one lookup per token (CgClaimViewer.word_bits): a view is made for
 * half the assertions of a large corpus, and asking the lists one by
 * one was a string hash and compare each. */
enum {
  WB_IRREGULAR = 1 << 0, WB_MARKER = 1 << 1, WB_COORDINATOR = 1 << 2, WB_NEG_DETERMINER = 1 << 3,
  WB_COMPLEMENT_NOUN = 1 << 4, WB_ASSERTING = 1 << 5, WB_INFINITIVE = 1 << 6, WB_GENERIC = 1 << 7,
  WB_SELF = 1 << 8, WB_EXISTENTIAL = 1 << 9, WB_UNKNOWN = 1 << 10, WB_OBJECT = 1 << 11, WB_SAYING = 1 << 12,
  WB_POSITION = 1 << 13,
  /* the first word of a phrase of a lexicon the reading matches at each
   * token: a token without the bit starts none of them, and the match
   * (a hash of the word, about 170 instructions) is not asked; 700,000
   * of them a subset-p10 ingest, most of them answered no */
  WB_GRADED = 1 << 14, WB_RELATIVE = 1 << 15, WB_AUX = 1 << 16, WB_COUNTERFACTUAL = 1 << 17,
  WB_MODAL = 1 << 18,  /* a one-word phrase of [modal_cues] (cg_lexicon_lookup() of a plain word) */
  WB_APPOSITION = 1 << 19  /* a [noun_markers] word of "apposition=1": a noun phrase's even after a comma */
};

/* concept_of()'s memory of interned concepts by the token's pointer */
#define CONCEPT_BITS 12
typedef struct {
  const char *key, *interned;
} ConceptSlot;

/* cg_claim_view_new()'s memory of the word bits of short words by the
 * token's pointer (most are the normalizer's word table's, one a word),
 * checked against its own copy of the word (a text's own strings come
 * and go at reused addresses): the hash table's lookup was a string
 * hash and compare per token, a sixth of making a view past
 * normalizing. */
#define WORD_SLOT_BITS 11
#define WORD_SLOT_CHARS 20
typedef struct {
  const char *key;
  guint32     bits;
  char        word[WORD_SLOT_CHARS];   /* the word, NUL-ended */
} WordSlot;

struct _CgClaimViewer {
  CgRules      *rules;
  CgNormalizer *norm;
  GHashTable   *antonyms;
  GStringChunk *strings;
  CgLexicon    *aux, *relatives, *graded, *modal_cues, *opposing_cues, *neg_aux, *counterfactual;
  GHashTable   *irregular, *verb_prefixes, *neg_determiners, *coordinators, *light, *object_verbs, *asserting, *markers, *complement_nouns, *infinitive, *generic, *self, *existential, *unknown;
  guint         subject_window, core_min_shared;
  guint         np_min_words;
  double        exist_cover, object_min_cover;
  guint         object_window;
  guint         exist_min_shared;
  GHashTable   *adverbs;        /* stems of [subject_adverbs] */
  GHashTable   *reporting;      /* concepts of [reporting_words] */
  GHashTable   *suffixes;       /* concepts of [name_suffixes] */
  GHashTable   *agents;         /* concepts of [owner_agents] */
  GHashTable   *saying;         /* words of [saying_words] */
  GHashTable   *positions;      /* words of [caption_positions] */
  GHashTable   *falsity;        /* concepts of [falsity_words] */
  GHashTable   *forecast;       /* concepts of [forecast_words] */
  GHashTable   *qualifiers;     /* words of [qualifiers] */
  GHashTable   *dismissal;      /* concepts of [dismissal_words] */
  GHashTable   *titles;         /* concepts of titles.rules' titles and honorifics: no person's name */
  GHashTable   *counts, *obliging;
  GHashTable   *urging;       /* concepts of [urging_verbs] */
  GHashTable   *grants;       /* concepts of [granted_nouns] */
  GHashTable   *years;        /* figure concepts read as years (CG_NORM_YEAR), borrowed from STRINGS */
  GHashTable   *objects;      /* [object_pronouns] */
  GHashTable   *word_bits;    /* word -> its WB_* bits, for the word lists above it is in */
  const guint32 *wb;          /* while cg_claim_view_new() runs: the WB_* bits of each token */
  /* cg_claim_view_new()'s drafts, kept from view to view (prop_new()) */
  GPtrArray    *drafts;       /* Prop*, owned; the first N_DRAFTS in use */
  guint         n_drafts;
  GPtrArray    *props;        /* Prop* of DRAFTS: the view being built */
  Words        *caps;
  Words        *compounds, *gerunds;
  /* speaker_subject()'s words for the view being built, read on first
   * use (speaker_read): every reported proposition without a subject of
   * a view asks for them: reading the source again for each made the
   * views' normalizations 15,813, not 15,314 (subset-p10) */
  Words        *speaker;
  gboolean      speaker_read;
  /* English morphology and function words the reading keys on */
  const char   *past_suffix, *adverb_suffix, *gerund_suffix, *complementizer, *conjunction, *concessive;
  ConceptSlot   concepts[1 << CONCEPT_BITS];
  WordSlot      word_slots[1 << WORD_SLOT_BITS];
};

static gboolean is_content (const CgNormToken *t);
static const char *concept_of (CgClaimViewer *v, const CgNormToken *t);
static gboolean reported_subject (CgClaimViewer *v, const Prop *p);
static Words *words_new (void);
static void words_free (Words *w);
static void prop_free (gpointer data);

/* Add to H the concepts of the content words of the rule file FILE's
 * SECTION, interned in V's strings. */
static void
add_concepts (CgClaimViewer *v, GHashTable *h, const char *file, const char *section)
{
  GPtrArray *e = cg_rules_entries (v->rules, file, section);
  for (guint i = 0; i < e->len; i++)
    {
      CgNormText *nt = cg_normalize (v->norm, ((CgRule *) g_ptr_array_index (e, i))->phrase);
      for (guint k = 0; k < nt->tokens->len; k++)
        if (is_content (&g_array_index (nt->tokens, CgNormToken, k)))
          g_hash_table_add (h, (gpointer) concept_of (v, &g_array_index (nt->tokens, CgNormToken, k)));
      cg_norm_text_free (nt);
    }
}

/* The concepts of the words of claimview.rules' SECTION, interned in
 * V's strings. */
static GHashTable *
concept_set (CgClaimViewer *v, const char *section)
{
  GHashTable *h = g_hash_table_new (g_str_hash, g_str_equal);
  add_concepts (v, h, "claimview", section);
  return h;
}

/* The stems of the first words of claimview.rules' SECTION, interned in
 * V's strings: the lists read against a word's stem, not its concept. */
static GHashTable *
stem_set (CgClaimViewer *v, const char *section)
{
  GHashTable *h = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *e = cg_rules_entries (v->rules, "claimview", section);
  for (guint i = 0; i < e->len; i++)
    {
      char *st = cg_normalizer_stem (v->norm, ((CgRule *) g_ptr_array_index (e, i))->words[0]);
      g_hash_table_add (h, (gpointer) g_string_chunk_insert_const (v->strings, st));
      g_free (st);
    }
  return h;
}

/* Give word W (borrowed from the rules or V's sets, which outlive the
 * table) the WB_* bit BIT in V->word_bits. */
static void
word_bit (CgClaimViewer *v, gpointer w, guint bit)
{
  guint bits = GPOINTER_TO_UINT (g_hash_table_lookup (v->word_bits, w));
  g_hash_table_insert (v->word_bits, w, GUINT_TO_POINTER (bits | bit));
}

CgClaimViewer *
cg_claim_viewer_new (CgRules *rules, CgNormalizer *norm, GHashTable *antonyms, GError **error)
{
  if (!cg_rules_require (rules, "claimview", error))
    return NULL;
  CgClaimViewer *v = g_new0 (CgClaimViewer, 1);
  v->rules = rules;
  v->norm = norm;
  v->antonyms = antonyms;
  v->strings = g_string_chunk_new (4096);
  v->aux = cg_lexicon_new (cg_rules_entries (rules, "claimview", "auxiliaries"));
  v->relatives = cg_lexicon_new (cg_rules_entries (rules, "claimview", "relatives"));
  v->graded = cg_lexicon_new (cg_rules_entries (rules, "claimview", "graded"));
  v->modal_cues = cg_lexicon_new (cg_rules_entries (rules, "claimview", "modal_cues"));
  v->opposing_cues = cg_lexicon_new (cg_rules_entries (rules, "claimview", "opposing_cues"));
  v->neg_aux = cg_lexicon_new (cg_rules_entries (rules, "claimview", "negative_auxiliaries"));
  v->counterfactual = cg_lexicon_new (cg_rules_entries (rules, "claimview", "counterfactual"));
  v->irregular = cg_rules_word_set (rules, "claimview", "irregular_verbs");
  v->verb_prefixes = cg_rules_word_set (rules, "claimview", "verb_prefixes");
  v->markers = cg_rules_word_set (rules, "claimview", "noun_markers");
  v->coordinators = cg_rules_word_set (rules, "claimview", "coordinators");
  v->light = stem_set (v, "light_words");
  v->object_verbs = stem_set (v, "object_verbs");
  v->neg_determiners = cg_rules_word_set (rules, "claimview", "negative_determiners");
  v->complement_nouns = cg_rules_word_set (rules, "claimview", "complement_nouns");
  v->asserting = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *cn = cg_rules_entries (rules, "claimview", "complement_nouns");
  for (guint i = 0; i < cn->len; i++)
    if (cg_rule_attr (g_ptr_array_index (cn, i), "asserts"))
      g_hash_table_add (v->asserting, ((CgRule *) g_ptr_array_index (cn, i))->words[0]);
  v->infinitive = cg_rules_word_set (rules, "claimview", "infinitive");
  v->generic = cg_rules_word_set (rules, "claimview", "generic_subjects");
  v->self = cg_rules_word_set (rules, "claimview", "self_subjects");
  v->existential = cg_rules_word_set (rules, "claimview", "existential");
  v->unknown = cg_rules_word_set (rules, "claimview", "unknown_subjects");
  v->objects = cg_rules_word_set (rules, "claimview", "object_pronouns");
  v->subject_window = (guint) cg_rules_number (rules, "claimview", "subject_window", 4);
  v->core_min_shared = (guint) cg_rules_number (rules, "claimview", "core_min_shared", 2);
  v->np_min_words = (guint) cg_rules_number (rules, "claimview", "np_min_words", 3);
  v->exist_cover = cg_rules_number (rules, "claimview", "exist_cover", 0.75);
  v->object_min_cover = cg_rules_number (rules, "claimview", "object_min_cover", 0.67);
  v->object_window = (guint) cg_rules_number (rules, "claimview", "object_window", 3);
  v->exist_min_shared = (guint) cg_rules_number (rules, "claimview", "exist_min_shared", 3);
  v->reporting = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *rep = cg_rules_entries (rules, "claimview", "reporting_words");
  for (guint i = 0; i < rep->len; i++)
    {
      /* compared as the texts' concepts: synonyms folded ("claiming" -> "say") */
      CgNormText *nt = cg_normalize (norm, ((CgRule *) g_ptr_array_index (rep, i))->phrase);
      for (guint k = 0; k < nt->tokens->len; k++)
        if (is_content (&g_array_index (nt->tokens, CgNormToken, k)))
          g_hash_table_add (v->reporting, (gpointer) concept_of (v, &g_array_index (nt->tokens, CgNormToken, k)));
      cg_norm_text_free (nt);
    }
  v->suffixes = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *suf = cg_rules_entries (rules, "claimview", "name_suffixes");
  for (guint i = 0; i < suf->len; i++)
    {
      CgNormText *nt = cg_normalize (norm, ((CgRule *) g_ptr_array_index (suf, i))->phrase);
      for (guint k = 0; k < nt->tokens->len; k++)
        g_hash_table_add (v->suffixes, (gpointer) concept_of (v, &g_array_index (nt->tokens, CgNormToken, k)));
      cg_norm_text_free (nt);
    }
  v->saying = cg_rules_word_set (rules, "claimview", "saying_words");
  v->positions = cg_rules_word_set (rules, "claimview", "caption_positions");
  v->word_bits = g_hash_table_new (g_str_hash, g_str_equal);
  v->drafts = g_ptr_array_new_with_free_func (prop_free);
  v->props = g_ptr_array_new ();
  v->caps = words_new ();
  v->compounds = words_new ();
  v->gerunds = words_new ();
  v->speaker = words_new ();
  GHashTable *const sets[] = { /* in WB_ order */ v->irregular, v->markers, v->coordinators, v->neg_determiners, v->complement_nouns,
                               v->asserting, v->infinitive, v->generic, v->self, v->existential, v->unknown,
                               v->objects, v->saying, v->positions };
  for (guint k = 0; k < G_N_ELEMENTS (sets); k++)
    {
      GHashTableIter it;
      gpointer w;
      g_hash_table_iter_init (&it, sets[k]);
      while (g_hash_table_iter_next (&it, &w, NULL))
        word_bit (v, w, 1u << k);
    }
  const char *const firsts[] = { "graded", "relatives", "auxiliaries", "counterfactual" };
  for (guint k = 0; k < G_N_ELEMENTS (firsts); k++)
    {
      GPtrArray *e = cg_rules_entries (rules, "claimview", firsts[k]);
      for (guint i = 0; i < e->len; i++)
        if (((CgRule *) g_ptr_array_index (e, i))->n_words > 0)
          word_bit (v, ((CgRule *) g_ptr_array_index (e, i))->words[0], WB_GRADED << k);
    }
  GPtrArray *nm = cg_rules_entries (rules, "claimview", "noun_markers");
  for (guint i = 0; i < nm->len; i++)
    if (((CgRule *) g_ptr_array_index (nm, i))->n_words == 1 && cg_rule_attr (g_ptr_array_index (nm, i), "apposition"))
      word_bit (v, ((CgRule *) g_ptr_array_index (nm, i))->words[0], WB_APPOSITION);
  GPtrArray *modal = cg_rules_entries (rules, "claimview", "modal_cues");
  for (guint i = 0; i < modal->len; i++)
    if (((CgRule *) g_ptr_array_index (modal, i))->n_words == 1)
      word_bit (v, ((CgRule *) g_ptr_array_index (modal, i))->words[0], WB_MODAL);
  v->agents = concept_set (v, "owner_agents");
  v->falsity = concept_set (v, "falsity_words");
  v->forecast = concept_set (v, "forecast_words");
  v->qualifiers = cg_rules_word_set (rules, "claimview", "qualifiers");
  v->dismissal = concept_set (v, "dismissal_words");
  v->urging = concept_set (v, "urging_verbs");
  v->grants = concept_set (v, "granted_nouns");
  v->titles = g_hash_table_new (g_str_hash, g_str_equal);
  add_concepts (v, v->titles, "titles", "titles");
  add_concepts (v, v->titles, "titles", "honorifics");
  v->adverbs = stem_set (v, "subject_adverbs");
  const char **words_of[] = { &v->past_suffix, &v->adverb_suffix, &v->gerund_suffix, &v->complementizer, &v->conjunction,
                              &v->concessive };
  const char *keys[] = { "past_suffix", "adverb_suffix", "gerund_suffix", "complementizer", "conjunction", "concessive" };
  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      const char *w = cg_rules_string (rules, "claimview", keys[k]);
      /* an unset word never matches: the reading only loses that cue */
      *words_of[k] = g_string_chunk_insert_const (v->strings, w ? w : "\x01");
    }
  v->counts = g_hash_table_new (g_str_hash, g_str_equal);
  /* linking.rules' one list of counts in words: those without a value=
   * state no figure ("dozens"); numbers in words reach us as figures */
  GPtrArray *counts = cg_rules_entries (rules, "linking", "count_words");
  for (guint i = 0; i < counts->len; i++)
    {
      const CgRule *r = g_ptr_array_index (counts, i);
      if (cg_rule_attr (r, "value") || r->n_words != 1)
        continue;
      char *st = cg_normalizer_stem (norm, r->words[0]);
      g_hash_table_add (v->counts, (gpointer) g_string_chunk_insert_const (v->strings, st));
      g_free (st);
    }
  v->years = g_hash_table_new (NULL, NULL);
  v->obliging = stem_set (v, "obliging_verbs");
  return v;
}

void
cg_claim_viewer_free (CgClaimViewer *v)
{
  if (v == NULL)
    return;
  g_string_chunk_free (v->strings);
  cg_lexicon_free (v->aux);
  cg_lexicon_free (v->relatives);
  cg_lexicon_free (v->graded);
  cg_lexicon_free (v->modal_cues);
  cg_lexicon_free (v->opposing_cues);
  cg_lexicon_free (v->neg_aux);
  cg_lexicon_free (v->counterfactual);
  g_hash_table_unref (v->irregular);
  g_hash_table_unref (v->verb_prefixes);
  g_hash_table_unref (v->markers);
  g_hash_table_unref (v->coordinators);
  g_hash_table_unref (v->light);
  g_hash_table_unref (v->object_verbs);
  g_hash_table_unref (v->neg_determiners);
  g_hash_table_unref (v->complement_nouns);
  g_hash_table_unref (v->asserting);
  g_hash_table_unref (v->infinitive);
  g_hash_table_unref (v->generic);
  g_hash_table_unref (v->self);
  g_hash_table_unref (v->existential);
  g_hash_table_unref (v->unknown);
  g_hash_table_unref (v->counts);
  g_hash_table_unref (v->obliging);
  g_hash_table_unref (v->forecast);
  g_hash_table_unref (v->urging);
  g_hash_table_unref (v->grants);
  g_hash_table_unref (v->adverbs);
  g_hash_table_unref (v->reporting);
  g_hash_table_unref (v->years);
  g_hash_table_unref (v->suffixes);
  g_hash_table_unref (v->agents);
  g_hash_table_unref (v->saying);
  g_hash_table_unref (v->positions);
  g_hash_table_unref (v->falsity);
  g_hash_table_unref (v->qualifiers);
  g_hash_table_unref (v->titles);
  g_hash_table_unref (v->dismissal);
  g_hash_table_unref (v->objects);
  g_hash_table_unref (v->word_bits);
  g_ptr_array_unref (v->drafts);
  g_ptr_array_unref (v->props);
  words_free (v->caps);
  words_free (v->compounds);
  words_free (v->speaker);
  words_free (v->gerunds);
  g_free (v);
}

/* A new empty list, grown by words_push().  The caller owns it: free
 * with words_free(). */
static Words *
words_new (void)
{
  return g_new0 (Words, 1);
}

static void
words_free (Words *w)
{
  g_free (w->v);
  g_free (w);
}

static void
words_push (Words *w, const char *s)
{
  if (w->len == w->cap)
    {
      w->cap = w->cap ? w->cap * 2 : 8;
      w->v = g_renew (const char *, w->v, w->cap);
    }
  w->v[w->len++] = s;
}

/* Drop the first N words of W. */
static void
words_drop_front (Words *w, guint n)
{
  memmove (w->v, w->v + n, (w->len - n) * sizeof *w->v);
  w->len -= n;
}

static void
prop_free (gpointer data)
{
  Prop *p = data;
  words_free (p->subject);
  words_free (p->named);
  words_free (p->names);
  words_free (p->owned);
  words_free (p->core);
  g_free (p);
}

/* A cleared draft proposition for the view being built: the viewer's
 * drafts are reused from view to view, lists and all, so building a
 * view allocates nothing once the drafts have grown. */
static Prop *
prop_new (CgClaimViewer *v, gboolean sub)
{
  Prop *p;
  if (v->n_drafts == v->drafts->len)
    {
      p = g_new0 (Prop, 1);
      p->subject = words_new ();
      p->named = words_new ();
      p->names = words_new ();
      p->owned = words_new ();
      p->core = words_new ();
      g_ptr_array_add (v->drafts, p);
    }
  p = g_ptr_array_index (v->drafts, v->n_drafts++);
  Prop keep = *p;
  memset (p, 0, sizeof *p);
  p->subject = keep.subject, p->named = keep.named, p->names = keep.names;
  p->owned = keep.owned, p->core = keep.core;
  p->subject->len = p->named->len = p->names->len = p->owned->len = p->core->len = 0;
  p->sub = sub != 0;
  return p;
}

/* Copy W's words to *AT and make *SLOT a fixed list of them. */
static Words *
freeze_words (const Words *w, Words **slot, const char ***at)
{
  Words *f = (*slot)++;
  f->v = w->len ? *at : NULL;
  f->len = w->len;
  f->cap = 0;
  if (w->len)
    memcpy (*at, w->v, w->len * sizeof *w->v);
  *at += w->len;
  return f;
}

/* The finished view of the draft propositions PROPS and capitalized
 * concepts CAPS, in one allocation (see struct _CgClaimView). */
static CgClaimView *
freeze (GPtrArray *props, const Words *caps, const Words *compounds, const Words *gerunds)
{
  gsize n_words = caps->len + compounds->len + gerunds->len;
  for (guint i = 0; i < props->len; i++)
    {
      const Prop *p = g_ptr_array_index (props, i);
      n_words += p->subject->len + p->named->len + p->names->len + p->owned->len + p->core->len;
    }
  gsize size = sizeof (CgClaimView) + props->len * sizeof (Prop) + (5 * props->len + 3) * sizeof (Words)
               + n_words * sizeof (const char *);
  CgClaimView *view = g_malloc0 (size);
  view->props = (Prop *) (view + 1);
  view->n_props = props->len;
  Words *slot = (Words *) (view->props + props->len);
  const char **at = (const char **) (slot + 5 * props->len + 3);
  view->caps = freeze_words (caps, &slot, &at);
  view->compounds = freeze_words (compounds, &slot, &at);
  view->gerunds = freeze_words (gerunds, &slot, &at);
  for (guint i = 0; i < props->len; i++)
    {
      const Prop *d = g_ptr_array_index (props, i);
      Prop *p = &view->props[i];
      *p = *d;
      p->subject = freeze_words (d->subject, &slot, &at);
      p->named = freeze_words (d->named, &slot, &at);
      p->names = freeze_words (d->names, &slot, &at);
      p->owned = freeze_words (d->owned, &slot, &at);
      p->core = freeze_words (d->core, &slot, &at);
    }
  g_assert ((char *) at == (char *) view + size);
  return view;
}

void
cg_claim_view_free (CgClaimView *view)
{
  g_free (view);
}

static gboolean
has (const Words *a, const char *s)
{
  for (guint i = 0; i < a->len; i++)
    if (word_at (a, i) == s)
      return TRUE;
  return FALSE;
}

static void
add (Words *a, const char *s)
{
  if (!has (a, s))
    words_push (a, (gpointer) s);
}

static gboolean
ends_with (const char *w, const char *suffix)
{
  gsize n = strlen (w), m = strlen (suffix);
  return n > m + 2 && strcmp (w + n - m, suffix) == 0;
}

/* Is W lower-case ASCII without blanks and short, so that
 * cg_lexicon_lookup() of it asks for W itself as a one-word phrase
 * (WB_MODAL tells)?  A longer word takes its other path. */
static gboolean
plain_word (const char *w)
{
  const char *p = w;
  for (; *p; p++)
    if ((guchar) *p >= 0x80 || (*p >= 'A' && *p <= 'Z') || *p == ' ' || *p == '\t')
      return FALSE;
  return p - w < 100;
}

static gboolean
is_content (const CgNormToken *t)
{
  return !(t->flags & (CG_NORM_STOP | CG_NORM_NEGATION));
}

/* Does token I read as a finite verb: an irregular form, or a word in -ed
 * not right after a determiner or preposition ("the alleged"; after a
 * clause mark only an article's, "apposition=1": "Kelly, a retired Marine
 * Corps general, might stay")?  Reads the
 * tokens' word lists in V->wb: only while cg_claim_view_new() runs. */
static gboolean
verb_form (CgClaimViewer *v, GArray *toks, guint i)
{
  CgNormToken *t = &g_array_index (toks, CgNormToken, i);
  if (t->flags & (CG_NORM_NUMBER | CG_NORM_NEGATION))
    return FALSE;
  if (v->wb[i] & WB_IRREGULAR)
    return TRUE;
  if (!ends_with (t->word, v->past_suffix) || ((t->flags & CG_NORM_CAPITALIZED) && i > 0))
    return FALSE;
  return i == 0
         || ((g_array_index (toks, CgNormToken, i - 1).flags & CG_NORM_BREAK) != 0 && !(v->wb[i - 1] & WB_APPOSITION))
         || !(v->wb[i - 1] & WB_MARKER);
}

/* The WB_* bits of word W. */
static guint32
word_bits_of (CgClaimViewer *v, const char *w)
{
  WordSlot *slot = &v->word_slots[(GPOINTER_TO_SIZE (w) * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)) >> (64 - WORD_SLOT_BITS)];
  if (slot->key == w && strcmp (slot->word, w) == 0)
    return slot->bits;
  guint32 bits = GPOINTER_TO_UINT (g_hash_table_lookup (v->word_bits, w));
  gsize len = strlen (w);
  if (len < WORD_SLOT_CHARS)
    {
      slot->key = w;
      slot->bits = bits;
      memcpy (slot->word, w, len + 1);
    }
  return bits;
}

static const char *
concept_of (CgClaimViewer *v, const CgNormToken *t)
{
  /* most concepts are the strings of the normalizer's word table, one
   * pointer a word: remembered by pointer, checked by content (a text's
   * own strings come and go at reused addresses) */
  const char *c = t->concept;
  ConceptSlot *slot = &v->concepts[(GPOINTER_TO_SIZE (c) * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)) >> (64 - CONCEPT_BITS)];
  if (slot->key != c || strcmp (slot->interned, c) != 0)
    {
      slot->key = c;
      slot->interned = g_string_chunk_insert_const (v->strings, c);
    }
  return slot->interned;
}

/* C, the concept of token I read as a predicate; for the second part of
 * a hyphenated compound ("Senate-passed", "nuclear-armed") the compound
 * itself, "senat-pass": it is a predicate only of texts naming the same
 * compound ("a nuclear-armed North Korea will never be acceptable" /
 * "will never accept a nuclear-armed North Korea"), not of a clause with
 * its words ("the time to pass the Senate-passed reform bill is now" /
 * "The Senate passed the same bill Wednesday").  A [verb_prefixes] first
 * part makes no compound: "was re-elected" is "elect". */
static const char *
pred_concept (CgClaimViewer *v, GArray *toks, guint i, const char *c)
{
  const CgNormToken *t = &g_array_index (toks, CgNormToken, i);
  if (!(t->flags & CG_NORM_HYPHENATED) || i == 0)
    return c;
  const CgNormToken *first = &g_array_index (toks, CgNormToken, i - 1);
  if (g_hash_table_contains (v->verb_prefixes, first->word))
    return c;
  char *joined = g_strconcat (concept_of (v, first), "-", c, NULL);
  const char *r = g_string_chunk_insert_const (v->strings, joined);
  g_free (joined);
  return r;
}

/* The TENSE_* a rule's "tense=" names, or TENSE_NONE. */
static guint
tense_of (const CgRule *r)
{
  const char *t = r ? cg_rule_attr (r, "tense") : NULL;
  for (guint m = TENSE_PAST; t && m < G_N_ELEMENTS (tense_names); m++)
    if (strcmp (t, tense_names[m]) == 0)
      return m;
  return TENSE_NONE;
}

/* Close CUR into PROPS and open the next proposition. */
static Prop *
next_prop (CgClaimViewer *v, GPtrArray *props, Prop *cur, gboolean sub)
{
  g_ptr_array_add (props, cur);
  return prop_new (v, sub);
}

/* The speaker as a subject: an id no text holds, and the names of the
 * mention ("Russia" for "Russia has denied ..."). */
static void
speaker_subject (CgClaimViewer *v, const CgAssertion *a, Words *out)
{
  Words *sp = v->speaker;
  if (!v->speaker_read)
    {
      sp->len = 0;
      if (a->speaker_id)
        {
          char *key = g_strconcat ("@", a->speaker_id, NULL);
          add (sp, g_string_chunk_insert_const (v->strings, key));
          g_free (key);
        }
      if (a->source_text)
        {
          CgNormText *nt = cg_normalize (v->norm, a->source_text);
          for (guint i = 0; i < nt->tokens->len; i++)
            {
              CgNormToken *t = &g_array_index (nt->tokens, CgNormToken, i);
              if (is_content (t))
                add (sp, concept_of (v, t));
            }
          cg_norm_text_free (nt);
        }
      v->speaker_read = TRUE;
    }
  for (guint i = 0; i < sp->len; i++)
    add (out, word_at (sp, i));
}

/* Are the propositions of PROPS before the I-th all noun phrases of a
 * main clause (no predicate, nothing subordinate), the first naming
 * someone (a capitalized word)? */
static gboolean
apposed (GPtrArray *props, const Words *caps, guint i)
{
  for (guint k = 0; k < i; k++)
    {
      const Prop *q = g_ptr_array_index (props, k);
      if (q->pred != NULL || q->sub || q->existential || q->self || q->generic || q->inherit)
        return FALSE;
    }
  const Prop *np = g_ptr_array_index (props, 0);
  if (np->core->len == 0)
    return FALSE;
  for (guint k = 0; k < np->core->len; k++)
    if (has (caps, word_at (np->core, k)))
      return TRUE;
  return FALSE;
}

/* Does VIEW hold concept C anywhere? */
static gboolean
view_has (const CgClaimView *view, const char *c)
{
  if (has (view->caps, c))
    return TRUE;
  for (guint i = 0; i < view->n_props; i++)
    if (has (PROP_AT (view, i)->core, c) || has (PROP_AT (view, i)->subject, c))
      return TRUE;
  return FALSE;
}

/* Does X name with two words something Y names with the first alone:
 * "at war with the Islamic State" / "not at war with Islam" (AllSides),
 * "Trump Tower" / "Trump"?  A name's first word ("Islamic", stemmed
 * "islam") is then no shared object: the names differ. */
static gboolean
name_parted (const CgClaimView *x, const CgClaimView *y)
{
  for (guint i = 0; i + 1 < x->compounds->len; i += 2)
    {
      const char *first = word_at (x->compounds, i), *second = word_at (x->compounds, i + 1);
      if (has (y->caps, first) && !view_has (y, second))
        return TRUE;
    }
  return FALSE;
}

gboolean
cg_claim_viewer_wish (CgClaimViewer *v, const CgAssertion *a)
{
  return a->cue_text && cg_normalizer_has_phrase (v->norm, v->modal_cues, a->cue_text, NULL);
}

CgClaimView *
cg_claim_view_new (CgClaimViewer *v, const CgAssertion *a, gboolean denied)
{
  GPtrArray *props = v->props;
  Words *caps = v->caps;
  g_ptr_array_set_size (props, 0);
  caps->len = 0;
  v->n_drafts = 0;
  v->speaker_read = FALSE;
  CgNormText *nt = cg_normalize (v->norm, a->text ? a->text : "");
  GArray *toks = nt->tokens;
  guint n = toks->len;
  char **words = g_new (char *, n + 1);
  guint32 *wb = g_new (guint32, n + 1);
  for (guint i = 0; i < n; i++)
    {
      words[i] = g_array_index (toks, CgNormToken, i).word;
      wb[i] = word_bits_of (v, words[i]);
    }
  words[n] = NULL;
  wb[n] = 0;
  v->wb = wb;
  /* a name of two words ("the Islamic State") names something its
   * first word alone ("Islam") does not: cg_claim_views_oppose_dated()
   * reads these pairs */
  Words *compounds = v->compounds, *gerunds = v->gerunds;
  compounds->len = gerunds->len = 0;
  for (guint i = 0; i < n; i++)
    {
      const CgNormToken *t = &g_array_index (toks, CgNormToken, i);
      if (is_content (t) && !(t->flags & CG_NORM_NUMBER) && ends_with (t->word, v->gerund_suffix))
        add (gerunds, concept_of (v, t));
    }
  for (guint i = 0; i + 1 < n; i++)
    {
      const CgNormToken *t = &g_array_index (toks, CgNormToken, i), *u = t + 1;
      if ((t->flags & CG_NORM_ENTITY) && (u->flags & CG_NORM_ENTITY) && !(u->flags & CG_NORM_BREAK)
          && is_content (t) && is_content (u) && !(t->flags & CG_NORM_NUMBER) && !(u->flags & CG_NORM_NUMBER))
        {
          words_push (compounds, (gpointer) concept_of (v, t));
          words_push (compounds, (gpointer) concept_of (v, u));
        }
    }

  Prop *cur = prop_new (v, FALSE);
  guint len = 0;
  guint said_from = G_MAXUINT;   /* the first proposition a subject in the text says */
  gboolean said_denied = FALSE;  /* a negation before that saying word: "has not said" */
  for (guint i = 0; i < n; i += MAX (len, 1))
    {
      CgNormToken *t = &g_array_index (toks, CgNormToken, i);
      len = 1;
      /* "Russia continues to say they had nothing to do with Meddling":
       * what follows is the subject's word, reported, not the text's
       * claim ("Needless to say, the war ...", cut off by a comma, is no
       * report) */
      if (said_from == G_MAXUINT && cur->pred == NULL
          && (cur->subject->len > 0 || cur->generic)
          && (wb[i] & WB_SAYING)
          && i + 1 < n && !(g_array_index (toks, CgNormToken, i + 1).flags & CG_NORM_BREAK))
        said_from = props->len, said_denied = cur->neg;
      /* a photo caption's place of a person between commas after the
       * name ("Their daughters Malia, left, and Sasha wait") is no verb */
      if ((wb[i] & WB_POSITION) && (t->flags & CG_NORM_BREAK) && i > 0 && i + 1 < n
          && (g_array_index (toks, CgNormToken, i + 1).flags & CG_NORM_BREAK)
          && (g_array_index (toks, CgNormToken, i - 1).flags & CG_NORM_CAPITALIZED))
        continue;
      if ((t->flags & CG_NORM_BREAK) && i > 0 && (cur->pred || cur->subject->len || cur->core->len))
        cur = next_prop (v, props, cur, FALSE);
      const CgRule *r;
      if ((wb[i] & WB_GRADED) && (r = cg_lexicon_match (v->graded, words, n, i, &len)) != NULL)
        {
          cur->graded = TRUE;
          continue;
        }
      /* "after_negation=1": a relative only right after a negation ("That's
       * not how you run the Senate" denies a manner, not running it; "how
       * fake news helped Donald Trump win" states what it tells) */
      if ((wb[i] & WB_RELATIVE) && (r = cg_lexicon_match (v->relatives, words, n, i, &len)) != NULL
          && (cg_rule_attr (r, "after_negation") == NULL
              || (i > 0 && (g_array_index (toks, CgNormToken, i - 1).flags & CG_NORM_NEGATION))))
        {
          gboolean next_finite = i + len < n
                                 && (((wb[i + len] & WB_AUX) && cg_lexicon_match (v->aux, words, n, i + len, NULL) != NULL)
                                     || (g_array_index (toks, CgNormToken, i + len).flags & CG_NORM_NEGATION)
                                     || verb_form (v, toks, i + len));
          if (strcmp (r->phrase, v->complementizer) != 0 || (next_finite && cur->core->len + cur->subject->len > 0 && cur->pred != NULL
                                                  && cur->core->len > 1
                                                  && !(wb[i - 1] & WB_COMPLEMENT_NOUN)))
            {
              /* a clause of condition, cause or time narrows the claim
               * before it: its denial may deny that clause only */
              if (r->n_words == 1 && g_hash_table_contains (v->qualifiers, r->words[0])
                  && !(i > 0 && strcmp (words[i - 1], v->concessive) == 0))
                {
                  /* after a comma, of the last main proposition ("won't
                   * help pass that bill, which would need 60 votes, if
                   * Republicans link it") */
                  Prop *q = cur->pred ? cur : NULL;
                  for (guint k = props->len; q == NULL && k > 0 && cur->subject->len + cur->core->len == 0; k--)
                    {
                      Prop *e = g_ptr_array_index (props, k - 1);
                      if (!e->sub && e->pred)
                        q = e;
                    }
                  if (q)
                    q->qualified = TRUE;
                }
              cur = next_prop (v, props, cur, TRUE);
              continue;
            }
          /* "that" opening a proposition: after a verb, a noun of
           * speech or evidence, or at the start; else a determiner */
          gboolean after_noun = i > 0 && (wb[i - 1] & WB_COMPLEMENT_NOUN);
          gboolean after_and = i > 0 && (wb[i - 1] & WB_COORDINATOR);
          /* before "he", "they" it is no determiner: "wrote in the memos
           * that he felt hindered" */
          gboolean before_subject = i + 1 < n && (wb[i + 1] & WB_SELF);
          if (cur->pred == NULL || cur->core->len <= 1 || after_noun || after_and || before_subject)
            {
              gboolean inherit = cur->neg && (cur->pred == NULL || after_noun);
              gboolean sub = cur->sub, wishful = cur->wishful && cur->pred == NULL;
              gboolean under_neg = cur->neg && cur->pred && !after_noun;
              /* "allegations that P" only reports P, unless denied */
              if (after_noun && !cur->neg && !denied
                  && !(wb[i - 1] & WB_ASSERTING))
                sub = TRUE;
              if (cur->pred || cur->subject->len || cur->core->len || cur->neg || cur->wishful)
                {
                  cur = next_prop (v, props, cur, sub);
                  cur->under_neg = under_neg;
                  cur->taken = under_neg && !after_and;
                }
              cur->inherit = inherit;
              cur->wishful = wishful;
            }
          continue;
        }
      if ((wb[i] & WB_INFINITIVE) && cur->pred && i + 1 < n
          && is_content (&g_array_index (toks, CgNormToken, i + 1))
          && !(g_array_index (toks, CgNormToken, i + 1).flags & (CG_NORM_NUMBER | CG_NORM_CAPITALIZED)))
        {
          Prop *parent = cur;
          cur = next_prop (v, props, cur, parent->sub);
          cur->mood = parent->mood == MOOD_PREDICT || parent->mood == MOOD_POSSIBLE || parent->mood == MOOD_IRREALIS
                      ? parent->mood : MOOD_IRREALIS;
          if (parent->core->len > 1)
            {
              const char *obj = word_at (parent->core, parent->core->len - 1);
              words_push (cur->subject, obj);
              if (has (caps, obj))
                add (cur->named, obj);
            }
          else
            {
              for (guint k = 0; k < parent->subject->len; k++)
                words_push (cur->subject, word_at (parent->subject, k));
              for (guint k = 0; k < parent->named->len; k++)
                add (cur->named, word_at (parent->named, k));
              cur->generic = parent->generic, cur->unknown = parent->unknown, cur->self = parent->self;
            }
          cur->pending = TRUE;
          cur->governor = parent->pred;
          cur->urged = parent->pred && g_hash_table_contains (v->urging, parent->pred);
          cur->gneg = parent->neg;
          continue;
        }
      /* a named subject and its infinitive with no verb before ("called
       * for President Trump to cancel his meeting with Putin", a
       * headline's "Akin to drop Senate bid"): the infinitive is the
       * predicate of that subject, something wanted or planned, not yet
       * done.  A named one: after a common noun "to" is mostly a
       * preposition ("access to birth control") or the noun's own
       * ("calls to defund the police"), and a demand is no claim to
       * deny, so it opposes nothing (WANTED) */
      if ((wb[i] & WB_INFINITIVE) && cur->pred == NULL && !cur->aux && !cur->pending
          && cur->named->len > 0 && i + 1 < n && is_content (&g_array_index (toks, CgNormToken, i + 1))
          && !(g_array_index (toks, CgNormToken, i + 1).flags & (CG_NORM_NUMBER | CG_NORM_CAPITALIZED)))
        {
          cur->pending = TRUE;
          cur->wanted = TRUE;
          if (cur->mood == MOOD_UNKNOWN)
            cur->mood = MOOD_IRREALIS;
          continue;
        }
      /* "[if] Trump committed a crime, it would have initiated a crisis":
       * before a counterfactual the clauses are its condition */
      if (cur->pred == NULL && props->len > 0 && (wb[i] & WB_COUNTERFACTUAL)
          && cg_lexicon_match (v->counterfactual, words, n, i, NULL) != NULL)
        for (guint k = 0; k < props->len; k++)
          ((Prop *) g_ptr_array_index (props, k))->sub = TRUE;
      if (cur->pred == NULL && (wb[i] & WB_AUX) && (r = cg_lexicon_match (v->aux, words, n, i, &len)) != NULL)
        {
          const char *mood = cg_rule_attr (r, "mood");
          /* a copula's "fact" gives way to the auxiliary after it: "are
           * going to listen" forecasts, it states nothing done
           * ("Republicans don't listen to their own people" is not
           * opposed by "Republicans are going to listen to the American
           * people") */
          gboolean after_copula = cur->aux && cur->copula && cur->mood == MOOD_FACT && mood != NULL
                                  && strcmp (mood, mood_names[MOOD_FACT]) != 0;
          if ((cur->mood == MOOD_UNKNOWN || after_copula) && mood)
            for (guint m = 0; m < G_N_ELEMENTS (mood_names); m++)
              if (strcmp (mood, mood_names[m]) == 0)
                cur->mood = m;
          cur->aux = TRUE;
          if (cur->tense == TENSE_NONE || after_copula)
            cur->tense = tense_of (r);
          if (after_copula)
            cur->copula = FALSE;
          if (cg_rule_attr (r, "perfect"))
            cur->perfect = TRUE;
          if (cg_rule_attr (r, "copula"))
            cur->copula = TRUE;
          continue;
        }
      /* a copula denying a name likens, it denies no predicate: "Trump is
       * certainly no Bernie Sanders" / "Trump is closer to Bernie Sanders"
       * (a headline capitalizes the word before too: "Mueller Probe Is No
       * 'Witch Hunt'" denies) */
      if ((t->flags & CG_NORM_NEGATION) && i > 0 && !(g_array_index (toks, CgNormToken, i - 1).flags & CG_NORM_CAPITALIZED)
          && cur->copula && cur->pred == NULL && !cur->existential
          && (wb[i] & WB_NEG_DETERMINER) && i + 1 < n
          && (g_array_index (toks, CgNormToken, i + 1).flags & CG_NORM_CAPITALIZED))
        cur->graded = TRUE;
      /* a capitalized negation between a word in lower case and a
       * capitalized one names something ("the party of No Borders, of
       * Abolish ICE"), it denies nothing (a headline capitalizes the
       * word before too: "Mueller Probe Is No 'Witch Hunt'") */
      if ((t->flags & (CG_NORM_NEGATION | CG_NORM_CAPITALIZED)) == (CG_NORM_NEGATION | CG_NORM_CAPITALIZED) && i > 0
          && !(g_array_index (toks, CgNormToken, i - 1).flags & CG_NORM_CAPITALIZED)
          && !(g_array_index (toks, CgNormToken, i - 1).flags & CG_NORM_BREAK) && !(t->flags & CG_NORM_BREAK)
          && i + 1 < n && (g_array_index (toks, CgNormToken, i + 1).flags & CG_NORM_CAPITALIZED))
        continue;
      if (t->flags & CG_NORM_NEGATION)
        {
          cur->neg = TRUE;
          const CgRule *na = cur->pred == NULL && cur->mood == MOOD_UNKNOWN ? cg_lexicon_lookup (v->neg_aux, t->word) : NULL;
          const char *mood = na ? cg_rule_attr (na, "mood") : NULL;
          for (guint m = 0; mood && m < G_N_ELEMENTS (mood_names); m++)
            if (strcmp (mood, mood_names[m]) == 0)
              cur->mood = m;
          if (cur->pred == NULL && cur->tense == TENSE_NONE)
            cur->tense = tense_of (cg_lexicon_lookup (v->neg_aux, t->word));
          if (cur->pred == NULL && na && cg_rule_attr (na, "perfect"))
            cur->perfect = TRUE;
          if (cur->pred == NULL && !(wb[i] & WB_NEG_DETERMINER))
            cur->aux = TRUE;
          continue;
        }
      if (cur->pred == NULL && cur->subject->len == 0)
        {
          if (wb[i] & WB_EXISTENTIAL)
            {
              cur->existential = TRUE;
              continue;
            }
          if (wb[i] & WB_SELF)
            {
              cur->self = TRUE;
              continue;
            }
          if (wb[i] & WB_GENERIC)
            {
              cur->generic = TRUE;
              continue;
            }
          if (wb[i] & WB_UNKNOWN)
            {
              cur->unknown = TRUE;
              continue;
            }
        }
      if (cur->pred && cur->core->len == 1 && (wb[i] & WB_OBJECT))
        cur->open_object = TRUE;
      if (!is_content (t))
        {
          cur->lead_closed |= cur->subject->len > 0;
          continue;
        }
      const char *c = concept_of (v, t);
      if (t->flags & CG_NORM_YEAR)
        g_hash_table_add (v->years, (gpointer) c);
      if (t->flags & CG_NORM_CAPITALIZED)
        add (caps, c);
      if (cur->pred == NULL && ((wb[i] & WB_MODAL) || !plain_word (t->word)) && cg_lexicon_lookup (v->modal_cues, t->word))
        {
          cur->wishful = TRUE;   /* "I wish President Obama was not in the White House" */
          continue;
        }
      if (cur->pred == NULL)
        {
          gboolean adverb = cur->aux && ends_with (t->word, v->adverb_suffix);
          gboolean gerund = i == 0 && ends_with (t->word, v->gerund_suffix);
          if (verb_form (v, toks, i) && i > 0 && strcmp (words[i - 1], v->conjunction) == 0 && cur->subject->len > 0
              && props->len == 0)
            {
              /* "collusion with Russia and slammed the investigation":
               * the noun phrase is what the cue denies, the verb the
               * speaker's own deed */
              cur = next_prop (v, props, cur, FALSE);
              cur->coord = TRUE;
            }
          if (t->flags & CG_NORM_NUMBER)
            {
              /* a figure is what a predicate states, never the predicate */
              if (cur->aux || cur->pending)
                add (cur->core, c);
              else
                add (cur->subject, c);
            }
          else if (((cur->aux || cur->pending) && !adverb) || verb_form (v, toks, i) || gerund)
            {
              c = pred_concept (v, toks, i, c);
              cur->pred = c;
              cur->passive = cur->copula && !cur->existential && verb_form (v, toks, i);
              cur->progressive = cur->aux && ends_with (t->word, v->gerund_suffix);
              if (cur->tense == TENSE_NONE && !cur->aux && ends_with (t->word, v->past_suffix))
                cur->tense = TENSE_PAST;
              words_push (cur->core, c);
              if (cur->mood == MOOD_UNKNOWN && !gerund)
                cur->mood = MOOD_FACT;
            }
          else if (!adverb)
            {
              add (cur->subject, c);
              if (!ends_with (t->word, v->adverb_suffix))
                cur->subject_head = c;
              if (cur->owner)
                add (cur->owned, c);
              if (t->flags & CG_NORM_POSSESSIVE)
                cur->owner = TRUE;
              if (t->flags & CG_NORM_CAPITALIZED)
                add (cur->named, c);
              /* a capital opening the text or a clause may be no name */
              if ((t->flags & CG_NORM_CAPITALIZED) && i > 0 && !(t->flags & CG_NORM_BREAK)
                  && !g_hash_table_contains (v->titles, c))
                add (cur->names, c);
              if (!cur->lead_closed)
                cur->lead = cur->subject->len;
            }
          continue;
        }
      /* a second verb in the clause: "concluded al Qaeda played no
       * role" states what al Qaeda did; "and slammed ..." after a
       * denied noun phrase is the speaker's own deed */
      if (verb_form (v, toks, i) && cur->core->len > 1 && !ends_with (t->word, v->gerund_suffix))
        {
          Prop *prev = cur;
          /* after a subject of its own the second verb closes an object
           * relative ("the $1.6 billion a Senate committee approved") */
          gboolean own = prev->subject->len > 0 || prev->self || prev->generic || prev->unknown || prev->existential
                         || prev->aux;
          cur = next_prop (v, props, cur, prev->sub || own);
          for (guint k = 1; k < prev->core->len; k++)
            {
              words_push (cur->subject, word_at (prev->core, k));
              if (has (caps, word_at (prev->core, k)))
                add (cur->named, word_at (prev->core, k));
            }
          c = pred_concept (v, toks, i, c);
          cur->pred = c;
          words_push (cur->core, c);
          cur->mood = MOOD_FACT;
          continue;
        }
      add (cur->core, c);
    }
  g_ptr_array_add (props, cur);
  g_free (words);
  g_free (wb);
  v->wb = NULL;
  cg_norm_text_free (nt);

  /* Drop empty propositions; give the speaker's pronoun and a reported
   * text opening on its verb ("denied meddling in the election") the
   * speaker as subject; a noun phrase denied whole states the speaker's
   * deed ("Russia denied any interference"). */
  gboolean reported = a->kind != CG_KIND_AUTHOR;
  gboolean any_pred = FALSE;
  for (guint i = 0; i < props->len; i++)
    any_pred |= ((Prop *) g_ptr_array_index (props, i))->pred != NULL;
  for (guint i = 0; i < props->len;)
    {
      Prop *p = g_ptr_array_index (props, i);
      if (p->pred == NULL && p->core->len == 0 && p->subject->len == 0 && !p->neg)
        {
          g_ptr_array_remove_index (props, i);
          continue;
        }
      /* a phrase cut off by a comma or a quote mark after a predicate
       * is its complement ("would \"never pay for that wall.\"") */
      Prop *prev = i > 0 ? g_ptr_array_index (props, i - 1) : NULL;
      gboolean bare = !p->sub && !p->existential && !p->unknown && !p->self && !p->generic && !p->coord
                      && !p->inherit && p->subject->len == 0;
      /* and so is a participle opening a clause of its own: "Europe
       * contributed $138 billion, compared to $119 billion from the U.S." */
      if (bare && p->pred && prev && prev->pred && !prev->sub && p->mood == MOOD_FACT)
        {
          for (guint k = 0; k < p->core->len; k++)
            add (prev->core, word_at (p->core, k));
          g_ptr_array_remove_index (props, i);
          continue;
        }
      if (p->pred == NULL && prev && prev->pred && !p->sub && !p->existential && !p->unknown && !p->self && !p->generic)
        {
          for (guint k = 0; k < p->subject->len; k++)
            add (prev->core, word_at (p->subject, k));
          for (guint k = 0; k < p->core->len; k++)
            add (prev->core, word_at (p->core, k));
          prev->neg |= p->neg;
          prev->graded |= p->graded;
          g_ptr_array_remove_index (props, i);
          continue;
        }
      if (p->pred == NULL && p->core->len == 0)
        {
          /* a noun phrase: its words are its complement */
          for (guint k = 0; k < p->subject->len; k++)
            words_push (p->core, word_at (p->subject, k));
          p->subject->len = 0;
          if (denied && !any_pred && i == 0 && p->core->len > 0)
            {
              p->pred = word_at (p->core, 0), p->head = TRUE;
              p->head_last = word_at (p->core, MIN (MAX (p->lead, 1), p->core->len) - 1);
            }
        }
      /* a predicate after noun phrases cut apart by commas has the
       * first of them for subject: "Rep. Duncan Hunter, R-Calif., and
       * his wife, Margaret, were indicted ..." */
      if (bare && p->pred && i > 0 && apposed (props, caps, i))
        {
          Prop *np = g_ptr_array_index (props, 0);
          for (guint k = 0; k < np->core->len; k++)
            {
              const char *c = word_at (np->core, k);
              add (p->subject, c);
              if (has (caps, c))
                add (p->named, c);
            }
          for (guint k = 0; k < np->names->len; k++)
            add (p->names, word_at (np->names, k));
        }
      if (reported && p->subject->len == 0 && !p->generic && !p->existential && !p->unknown
          && (p->self || p->coord || (i == 0 && p->pred != NULL)))
        {
          p->implicit = !p->self;
          speaker_subject (v, a, p->subject);
          for (guint k = 0; k < p->subject->len; k++)
            add (p->named, word_at (p->subject, k));
          if (p->subject->len == 0)
            p->unknown = TRUE;   /* "we", nobody known */
        }
      else if (p->self && !reported)
        p->unknown = TRUE;
      p->told = reported_subject (v, p) || i >= said_from;
      /* what a subject is said not to have said is claimed by nobody,
       * neither way: "Ukraine's president has not said he felt pressured
       * by Trump" is not "has said he felt no pressure", and "Clinton has
       * never said Sanders isn't qualified" is not "Clinton's not
       * qualified" */
      if (said_denied && i >= said_from)
        p->sub = TRUE;
      if (p->subject->len > v->subject_window)
        words_drop_front (p->subject, p->subject->len - v->subject_window);
      if (p->inherit)
        p->neg = !p->neg;
      if (p->wishful)
        p->mood = MOOD_IRREALIS;
      /* "you" said to be something is the one spoken to, not anybody
       * ("You are the ones interfering in America's elections"); anybody
       * is what can, must or will be, or what one does ("You cannot end
       * birthright citizenship", "you don't put it together in 45
       * minutes") */
      if (p->generic && p->mood == MOOD_FACT && p->copula)
        p->generic = FALSE, p->unknown = TRUE;
      /* a clause a negated verb takes is not claimed, its own negation
       * neither ("doesn't agree that Islam is not a peaceful religion");
       * a noun phrase after it ("never pay for that wall") stays the
       * verb's complement */
      if (p->under_neg && p->pred && !p->inherit)
        {
          p->sub = TRUE;
          /* and the negated verb denies that clause, not its own deed:
           * "Mr. Comey never wrote in the memos that he felt hindered"
           * says nothing against "Mr. Comey wrote seven memos" */
          if (prev && prev->neg && p->taken)
            prev->claused = TRUE;
        }
      i++;
    }
  CgClaimView *view = freeze (props, caps, compounds, gerunds);
  view->denied = denied;
  view->wish = cg_claim_viewer_wish (v, a);
  view->opposed = a->cue_text && cg_normalizer_has_phrase (v->norm, v->opposing_cues, a->cue_text, NULL);
  view->spoken = a->speaker_id != NULL;
  g_ptr_array_set_size (props, 0);
  v->n_drafts = 0;
  return view;
}

static void
append_list (GString *s, Words *a, guint from)
{
  for (guint i = from; i < a->len; i++)
    g_string_append_printf (s, "%s%s", i > from ? " " : "", (const char *) word_at (a, i));
}

static void
describe_prop (GString *s, const Prop *p, gboolean denied)
{
  if (p->generic)
    g_string_append (s, "(anyone)");
  else if (p->unknown)
    g_string_append (s, "(unknown)");
  else if (p->existential)
    g_string_append (s, "(there)");
  append_list (s, p->subject, 0);
  g_string_append_printf (s, " | %s", p->pred ? p->pred : "-");
  if (p->core->len > (p->pred ? 1u : 0u))
    {
      g_string_append_c (s, ' ');
      append_list (s, p->core, p->pred ? 1 : 0);
    }
  gboolean neg = p->neg != (denied && !p->coord && !p->sub);
  g_string_append_printf (s, " | %s %s%s%s", neg ? "-" : "+", mood_names[p->mood], p->sub ? " sub" : "",
                          p->graded ? " graded" : "");
}

char *
cg_claim_view_describe (const CgClaimView *view)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < view->n_props; i++)
    {
      describe_prop (s, PROP_AT (view, i), view->denied);
      g_string_append_c (s, '\n');
    }
  if (view->wish)
    g_string_append (s, "(wish)\n");
  if (view->opposed)
    g_string_append (s, "(opposed)\n");
  return g_string_free (s, FALSE);
}

/* Can a claim in mood A clash with one in mood B?  What is only wanted,
 * ordered or due does not oppose what is stated as fact ("ordered the
 * department to stop collecting" / "the department had not stopped"). */
static gboolean
moods_clash (Mood a, Mood b)
{
  if (a == MOOD_IRREALIS || b == MOOD_IRREALIS)
    return a == b;
  /* a forecast is not refuted by what is so today ("extreme poverty
   * would be rising without SNAP" / "did not rise") */
  if ((a == MOOD_PREDICT && b == MOOD_FACT) || (a == MOOD_FACT && b == MOOD_PREDICT))
    return FALSE;
  /* what can or cannot be is not refuted by one case ("the president
   * was obstructing justice" / "can't obstruct justice outside a legal
   * process") */
  if (a == MOOD_POSSIBLE || b == MOOD_POSSIBLE)
    return a == b || a == MOOD_UNKNOWN || b == MOOD_UNKNOWN;
  return TRUE;
}

static gboolean
share_any (Words *a, Words *b)
{
  for (guint i = 0; i < a->len; i++)
    if (has (b, word_at (a, i)))
      return TRUE;
  return FALSE;
}

/* The same subject: named concepts in common, or both anybody or nobody
 * in particular ("You cannot end birthright citizenship" / "ending
 * birthright citizenship").  A pronoun the text leaves open matches
 * nothing; a named subject does not match a text without one. */
static gboolean
same_subject (const Prop *x, const Prop *y)
{
  if (x->unknown || y->unknown)
    return FALSE;
  if (x->generic || y->generic)
    return (x->generic || x->implicit || x->subject->len == 0) && (y->generic || y->implicit || y->subject->len == 0);
  if (x->subject->len && y->subject->len)
    return share_any (x->subject, y->subject);
  /* "there was no quid pro quo" / "there was a quid pro quo"; two texts
   * naming no subject at all ("Not every Muslim country is the same",
   * "Neither does the New York Times") are about nothing shown to be one */
  return x->existential && y->existential;
}

/* The concepts X's and Y's predicates and complements share, or 0 when
 * all of them are light words. */
static guint
shared_core (CgClaimViewer *v, const Prop *x, const Prop *y)
{
  guint n = 0, heavy = 0;
  for (guint i = 0; i < x->core->len; i++)
    if (has (y->core, word_at (x->core, i)))
      n++, heavy += !g_hash_table_contains (v->light, word_at (x->core, i))
                    && ((const char *) word_at (x->core, i))[0] != '#';
  return heavy ? n : 0;
}

static void complement_of (CgClaimViewer *v, const Prop *p, Words *out);

static gboolean
antonyms (CgClaimViewer *v, const char *a, const char *b)
{
  if (v->antonyms == NULL || a == b)
    return FALSE;
  char *key = g_strconcat (a, "\t", b, NULL);
  gboolean hit = g_hash_table_contains (v->antonyms, key);
  g_free (key);
  return hit;
}

/* Does the predicate of X stand in Y's predicate or complement (or an
 * opposite of it, for ANTONYM)? */
static gboolean
pred_in (CgClaimViewer *v, const Prop *x, const Prop *y, gboolean antonym)
{
  if (x->pred == NULL)
    return FALSE;
  if (!antonym)
    return has (y->core, x->pred);
  for (guint i = 0; i < y->core->len; i++)
    if (antonyms (v, x->pred, word_at (y->core, i)))
      return TRUE;
  return FALSE;
}

/* A denied noun phrase ("denied any interference", "rejected the racism
 * allegations") claims the deed its head names: the other side's
 * predicate must be that head, the first word of the phrase or the last
 * of its opening run of words ("the Russian government interfered" /
 * denied "election interference"), not a verb acting on it ("addressed
 * the racism allegations", "defended Russia over claims of
 * interference") nor a word further on ("the proposal, in a party-line
 * vote" / "the Senate voted"). */
static gboolean
exists_within (CgClaimViewer *v, const Prop *small, const Prop *big)
{
  guint n = 0;
  for (guint i = 0; i < small->core->len; i++)
    {
      const char *c = word_at (small->core, i);
      if (c[0] == '#' || g_hash_table_contains (v->light, c))
        continue;
      if (!has (big->core, c))
        return FALSE;
      n++;
    }
  return n >= v->exist_min_shared;
}

/* Is the whole subject of one of PX and PY a word before the head of the
 * other's, the head (its last word) standing in neither: a modifier of
 * another thing ("Boris Johnson and Jeremy Corbyn as a candidate" /
 * "neither Boris Johnson nor Jeremy Corbyn")?  A pronoun's speaker is no
 * such word. */
static gboolean
heads_apart (CgClaimViewer *v, const Prop *px, const Prop *py)
{
  if (px->self || py->self || px->implicit || py->implicit || px->subject_head == NULL || py->subject_head == NULL)
    return FALSE;
  for (int side = 0; side < 2; side++)
    {
      const Prop *big = side ? py : px, *small = side ? px : py;
      /* through an [owner_agents] word the owner acts ("Assad's army",
       * "the Russian government", "Trump and his staff") */
      if (has (small->subject, big->subject_head) || g_hash_table_contains (v->agents, big->subject_head))
        continue;
      if (has (big->subject, small->subject_head))
        return TRUE;
    }
  return FALSE;
}

/* Do PX and PY name two actors alike in a modifier: subjects sharing a
 * word under two heads, neither head in the other subject ("government
 * troops were behind the attack" / "a pro-government militia was behind
 * the attack", "the Republican base" / "Republicans nor Democrats")? */
static gboolean named_in_both (const Prop *px, Words *a, const Prop *py, Words *b);

static gboolean
actors_apart (CgClaimViewer *v, const Prop *px, const Prop *py)
{
  if (px->self || py->self || px->implicit || py->implicit || px->subject_head == NULL || py->subject_head == NULL)
    return FALSE;
  if (strcmp (px->subject_head, py->subject_head) == 0 || has (py->subject, px->subject_head)
      || has (px->subject, py->subject_head) || has (py->core, px->subject_head) || has (px->core, py->subject_head))
    return FALSE;
  /* an [owner_agents] head acts for the owner both subjects name ("Trump
   * and his staff" / "Trump associates") */
  if ((g_hash_table_contains (v->agents, px->subject_head) || g_hash_table_contains (v->agents, py->subject_head))
      && named_in_both (px, px->subject, py, py->subject))
    return FALSE;
  return share_any (px->subject, py->subject);
}

/* Does every heavy concept of SMALL's core (figures aside) stand in
 * BIG's? */
static gboolean
all_within (CgClaimViewer *v, const Prop *small, const Prop *big)
{
  for (guint i = 0; i < small->core->len; i++)
    {
      const char *c = word_at (small->core, i);
      if (c[0] != '#' && !g_hash_table_contains (v->light, c) && !has (big->core, c))
        return FALSE;
    }
  return TRUE;
}

/* Is a subject "you" (anybody) set against a clause cut from its subject
 * ("senator, was running for the U.S. House")?  Only a phrase with no
 * subject of its own by nature, a gerund or a bare verb ("ending
 * birthright citizenship"), meets anybody. */
static gboolean
generic_fragment (const Prop *x, const Prop *y)
{
  const Prop *g = x->generic ? x : y->generic ? y : NULL, *o = g == x ? y : x;
  return g && !o->generic && !o->implicit && o->subject->len == 0 && o->mood != MOOD_UNKNOWN;
}

static gboolean
copula_says (const char *pred, const Prop *c)
{
  guint words = 0;
  for (guint i = 0; i < c->core->len && words < 2; i++)
    {
      const char *w = word_at (c->core, i);
      if (w[0] == '#')
        continue;   /* a figure: "is pushing a $5 trillion tax cut" */
      if (w == pred)
        return TRUE;
      words++;
    }
  return FALSE;
}

static gboolean
head_stated (CgClaimViewer *v, const Prop *h, const Prop *p, gboolean antonym)
{
  if (p->pred == NULL)
    return FALSE;
  if (antonym)
    return antonyms (v, h->pred, p->pred) || (h->head_last && antonyms (v, h->head_last, p->pred));
  if (h->pred == p->pred || h->head_last == p->pred)
    return TRUE;
  /* or a copula says it ("Russia was responsible for meddling in the
   * 2016 election" / denied "any interference in the 2016 U.S.
   * election") */
  return p->copula && !p->passive && (copula_says (h->pred, p) || (h->head_last && copula_says (h->head_last, p)));
}

/* Do the predicates of PX and PY meet: the same predicate (or opposite
 * ones), or one standing in the complement of the other where that other
 * is a copula, which says its predicate through its complement ("Russia
 * was responsible for meddling" / "did not meddle")?  A word in the
 * complement of a full verb is what the verb acts on, not what is
 * claimed ("officials learned about the president's comments" / "we
 * have no further comment"). */
static gboolean
preds_meet (CgClaimViewer *v, const Prop *px, const Prop *py, gboolean antonym)
{
  if (antonym)
    return pred_in (v, px, py, TRUE) || pred_in (v, py, px, TRUE);
  /* "there is" with the same first word: still one thing only when the
   * smaller is all in the larger ("not an active plot right now by
   * Islamic State militants in Syria" / "there were active plots
   * against the United States") */
  if (px->existential && py->existential && px->pred == py->pred)
    return all_within (v, px, py) || all_within (v, py, px);
  if (px->pred == py->pred)
    {
      /* one verb active, the other passive: the subjects play other
       * roles ("members of Congress are considered essential workers" /
       * "Congress no longer considered it essential") */
      if (px->passive != py->passive)
        return FALSE;
      /* a light verb says its claim by its object: "made any input to
       * the statement" is not "made conflicting statements" */
      if (g_hash_table_contains (v->light, px->pred))
        return px->core->len > 1 && py->core->len > 1 && word_at (px->core, 1) == word_at (py->core, 1);
      return TRUE;
    }
  /* "there was" has no predicate of its own: what exists must be one
   * thing, all of the smaller named in the larger ("no evidence of a
   * Trump campaign conspiracy with the Russians" / "a well-developed
   * conspiracy of co-operation between the Trump campaign and the
   * Russian leadership") */
  if (px->existential && py->existential)
    return exists_within (v, px, py) || exists_within (v, py, px);
  /* a passive is a full verb too: "Clinton was endorsed by Bernie
   * Sanders" says nothing of what Sanders did or said; and the copula
   * says it by its first word or the one after ("was responsible for
   * meddling"), not by a noun further on ("was consistent with
   * Department of Justice precedent" / "has not been at the Justice
   * Department") */
  return (py->copula && !py->passive && copula_says (px->pred, py))
         || (px->copula && !px->passive && copula_says (py->pred, px));
}

/* Does P's subject hold a word of report ("rumors claiming Obama wasn't
 * born in the United States")?  Then P is what the report says, not
 * what the text claims. */
static gboolean
reported_subject (CgClaimViewer *v, const Prop *p)
{
  for (guint i = 0; i < p->subject->len; i++)
    if (g_hash_table_contains (v->reporting, word_at (p->subject, i)))
      return TRUE;
  return FALSE;
}

/* Does one subject hold a [name_suffixes] word the other lacks ("Mr
 * Trump Jr broke the law" / "he broke the law", said by Trump)? */
static gboolean
other_person (CgClaimViewer *v, const Prop *px, const Prop *py)
{
  for (int side = 0; side < 2; side++)
    {
      const Prop *a = side ? py : px, *b = side ? px : py;
      for (guint i = 0; i < a->subject->len; i++)
        if (g_hash_table_contains (v->suffixes, word_at (a->subject, i)) && !has (b->subject, word_at (a->subject, i)))
          return TRUE;
    }
  return FALSE;
}

/* Does PX's subject name an owner's person or thing ("Carlson's wife",
 * "the president's tweets") that PY's subject lacks?  Then the two
 * subjects are two people or things: "Carlson's wife Susie was home" is
 * no claim of Carlson.  Not an [owner_agents] word, through which the
 * owner acts ("Assad's troops used chemical weapons", "Mueller's team"). */
static gboolean
owned_apart (CgClaimViewer *v, const Prop *px, const Prop *py)
{
  if (px->owned->len == 0 || share_any (px->owned, py->subject))
    return FALSE;
  for (guint i = 0; i < px->owned->len; i++)
    if (g_hash_table_contains (v->agents, word_at (px->owned, i)))
      return FALSE;
  return TRUE;
}

/* Does PX, negated, call something false ([falsity_words]: "no longer
 * believed climate change was a hoax") where PY does not?  Two negatives:
 * PX then says what PY says ("believes the climate is changing"). */
static gboolean
double_negative (CgClaimViewer *v, const Prop *px, const Prop *py)
{
  for (guint i = 0; i < px->core->len; i++)
    {
      const char *c = word_at (px->core, i);
      if (g_hash_table_contains (v->falsity, c) && !has (py->core, c))
        return TRUE;
    }
  return FALSE;
}

/* Do the subjects of PX and PY have only [subject_adverbs] in common
 * ("Many places still have yet to recover" / "The world economy still
 * hasn't recovered")? */
static gboolean
adverb_subjects (CgClaimViewer *v, const Prop *px, const Prop *py)
{
  gboolean any = FALSE;
  for (guint i = 0; i < px->subject->len; i++)
    {
      const char *c = word_at (px->subject, i);
      if (has (py->subject, c))
        {
          if (!g_hash_table_contains (v->adverbs, c))
            return FALSE;
          any = TRUE;
        }
    }
  return any;
}

/* Do PX and PY say their predicate of different things: each complement
 * holding heavy concepts the other lacks, and what they share covering
 * less than object_min_cover of the smaller one ("Comey had lost the
 * confidence of the FBI rank and file" / "Comey had lost the public trust
 * and confidence")?  One side saying more of the same thing ("the 2016
 * U.S. presidential election" / "the 2016 election") is no other object.
 * Figures are left to the numeric checks. */
static gboolean
objects_differ (CgClaimViewer *v, const Prop *px, const Prop *py)
{
  Words cx = { 0 }, cy = { 0 };
  complement_of (v, px, &cx);
  complement_of (v, py, &cy);
  guint nx = 0, ny = 0, extra_x = 0, extra_y = 0, shared = 0;
  for (guint i = 0; i < cx.len; i++)
    {
      const char *c = word_at (&cx, i);
      if (c[0] == '#')
        continue;
      nx++;
      if (has (py->core, c) || has (py->subject, c))
        shared++;
      else
        extra_x++;
    }
  for (guint i = 0; i < cy.len; i++)
    {
      const char *c = word_at (&cy, i);
      if (c[0] == '#')
        continue;
      ny++;
      extra_y += !has (px->core, c) && !has (px->subject, c);
    }
  g_free (cx.v);
  g_free (cy.v);
  return extra_x > 0 && extra_y > 0 && shared < v->object_min_cover * MIN (nx, ny);
}

/* Does a word of PX's complement shared with PY stand after a modifier
 * only PX has, and in PY after one only PY has?  Then the two speak of
 * different kinds of one thing: "refused to use a regular email account"
 * / "used a personal email account" (AllSides), "did not use a State.gov
 * account" / "used her personal email account".  The predicate (the
 * core's first word) is no modifier, nor a figure or a word in -ing
 * ("considering terminating the special counsel" / "not considering or
 * discussing firing special counsel"); the shared word stands within
 * object_window words after the predicate on both sides (its object:
 * "interfering in the 2016 race through a hacking and influence
 * campaign" / "in the election campaign using hacking" are one deed).
 * Read only for a negation of the text's own (the caller), which may
 * bear on the modifier; not for antonyms, whose opposite words are such
 * modifiers ("a bad job" / "a good job"). */
static gboolean
modifiers_contrast (CgClaimViewer *v, const CgClaimView *x, const Prop *px, const CgClaimView *y, const Prop *py)
{
  for (guint i = 2; i < px->core->len && i <= v->object_window; i++)
    {
      const char *w = word_at (px->core, i), *mx = word_at (px->core, i - 1);
      if (w[0] == '#' || mx[0] == '#' || has (x->gerunds, mx) || has (py->core, mx) || has (py->subject, mx))
        continue;
      for (guint j = 2; j < py->core->len && j <= v->object_window; j++)
        if (word_at (py->core, j) == w)
          {
            const char *my = word_at (py->core, j - 1);
            if (my[0] != '#' && !has (y->gerunds, my) && !has (px->core, my) && !has (px->subject, my))
              return TRUE;
            break;
          }
    }
  return FALSE;
}

static gboolean object_covered (CgClaimViewer *v, const Prop *o, const Prop *n);

/* Does a pronoun or a pointing word stand for the object of PX or PY
 * ("made such a remark", "made these remarks in Pennsylvania")?  What it
 * points at only its article names: two such objects are not shown to
 * be one thing (Trump "wrongly denied he had ever made such a remark",
 * about women, is not "Trump made these remarks", about a rigged vote),
 * and against a named object the pronoun may stand for it only when the
 * named side says nothing beyond it. */
static gboolean
open_objects (CgClaimViewer *v, const Prop *px, const Prop *py)
{
  if (px->open_object && py->open_object)
    return TRUE;
  if (px->open_object != py->open_object)
    return !object_covered (v, px->open_object ? px : py, px->open_object ? py : px);
  return FALSE;
}

/* The predicate of the infinitive hanging on proposition I of VIEW ("an
 * effort to compromise"), or NULL. */
static const char *
infinitive_pred (const CgClaimView *view, guint i)
{
  const Prop *p = PROP_AT (view, i);
  if (i + 1 >= view->n_props)
    return NULL;
  const Prop *q = PROP_AT (view, i + 1);
  return q->governor && q->governor == p->pred ? q->pred : NULL;
}

/* Do propositions I of X and J of Y each govern an infinitive, of other
 * verbs?  Then the same predicate is said of two aims ("has made a
 * concerted effort to make more officials available" / "has made no
 * effort to compromise with the GOP"). */
static gboolean
other_infinitives (const CgClaimView *x, guint i, const CgClaimView *y, guint j)
{
  const char *a = infinitive_pred (x, i), *b = infinitive_pred (y, j);
  return a && b && a != b;
}

/* Does the one of proposition I of X and J of Y that holds a negation
 * govern an infinitive the other lacks?  Then the denial is of the aim
 * only ("does not conduct strikes to punish terrorists for past
 * transgressions" / "has conducted counterterrorism strikes against the
 * group").  A thing that exists is named by its aim ("there is not an
 * active plot to attack the U.S."), and a cue denying the whole text
 * denies the deed with its aim ("denied Russia interfered ... to tilt the
 * race"). */
static gboolean
denied_aim (const CgClaimView *x, guint i, const CgClaimView *y, guint j)
{
  const Prop *px = PROP_AT (x, i), *py = PROP_AT (y, j);
  if (px->existential || py->existential)
    return FALSE;
  const char *a = infinitive_pred (x, i), *b = infinitive_pred (y, j);
  return (px->neg && !x->denied && a && !b) || (py->neg && !y->denied && b && !a);
}

/* Does "there is" proposition P (of VIEW) name something (a capitalized
 * concept) Q lacks before the first concept it shares with Q?  Then
 * what exists is another thing: "similarities between Donald Trump's
 * and Bernie Sanders' campaign movements" / "no Bernie Sanders movement"
 * (not "many contacts between Trump's campaign and the Russians" / "no
 * contacts between the campaign and Russians", nor "no quid pro quo with
 * Ukraine" / "a quid pro quo"). */
static gboolean
name_before_shared (const CgClaimView *view, const Prop *p, const Prop *q)
{
  for (guint k = 0; k < p->core->len; k++)
    {
      const char *c = word_at (p->core, k);
      if (has (q->core, c))
        return FALSE;
      if (has (view->caps, c))
        return TRUE;
    }
  return FALSE;
}

/* Does X's predicate stand where Y states it: Y's own predicate, the
 * head of Y's complement ("is responsible for meddling" / "meddled"), or
 * anywhere in the complement of a predicate that carries little itself (a
 * copula before an adjective or a noun, a [light_words] verb)?  A word
 * deeper in a complement is another thing: "Clinton campaigned in 2008"
 * is no claim of "Clinton was beaten by Obama during the 2008 campaign". */
static gboolean
pred_meets (CgClaimViewer *v, const Prop *x, const Prop *y)
{
  if (x->pred == NULL || y->pred == NULL)
    return FALSE;
  if (x->pred == y->pred || (y->core->len > 1 && word_at (y->core, 1) == x->pred))
    return TRUE;
  if ((y->copula && !y->passive) || g_hash_table_contains (v->light, y->pred))
    return has (y->core, x->pred);
  return FALSE;
}

/* Do A (words of proposition PX) and B (of PY) share a concept that is a
 * name in both subjects (written capitalized there, or the speaker)?  A
 * word capitalized elsewhere in the text does not name the subject ("the
 * first time a federal court ruled ... since the Supreme Court's
 * decision" / "The Supreme Court ruled"). */
static gboolean
named_in_both (const Prop *px, Words *a, const Prop *py, Words *b)
{
  for (guint i = 0; i < a->len; i++)
    {
      const char *c = word_at (a, i);
      if (has (b, c) && has (px->named, c) && has (py->named, c))
        return TRUE;
    }
  return FALSE;
}

static gboolean
any_negation (const CgClaimView *view)
{
  if (view->denied)
    return TRUE;
  for (guint i = 0; i < view->n_props; i++)
    if (PROP_AT (view, i)->neg)
      return TRUE;
  return FALSE;
}

/* Does VIEW's cue deny a grant ("denies Trump permission to use military
 * funds to build border wall", "was denied bail")?  That refuses a
 * request: it denies no claim. */
static gboolean
refuses_grant (CgClaimViewer *v, const CgClaimView *view)
{
  if (!view->denied || view->n_props == 0)
    return FALSE;
  const Prop *p = PROP_AT (view, 0);
  for (guint i = 0; i < p->subject->len; i++)
    if (g_hash_table_contains (v->grants, word_at (p->subject, i)))
      return TRUE;
  return p->head && g_hash_table_contains (v->grants, p->pred);
}

/* Do the denied proposition N and the stated P speak of two times?  A
 * denial of what is going on or will be ("is not monitoring and will not
 * monitor the communications of the chancellor", "is not starting a trade
 * war") says nothing of what was done; what is going on when P is printed,
 * after N's article (P_LATER > 0), is not what N denied was done ("Russia
 * did not help me get elected" / "Russia is helping you get elected"). */
static gboolean
tenses_apart (const Prop *n, const Prop *p, int p_later)
{
  if (((n->tense == TENSE_PRESENT && n->progressive) || n->tense == TENSE_FUTURE) && p->tense == TENSE_PAST)
    return TRUE;
  return p->tense == TENSE_PRESENT && p->progressive && n->tense == TENSE_PAST && p_later > 0;
}

gboolean
cg_claim_views_oppose (CgClaimViewer *v, const CgClaimView *x, const CgClaimView *y, gboolean antonym, gboolean named,
                       GString *why)
{
  return cg_claim_views_oppose_dated (v, x, y, antonym, named, 0, why);
}

gboolean
cg_claim_views_oppose_dated (CgClaimViewer *v, const CgClaimView *x, const CgClaimView *y, gboolean antonym,
                             gboolean named, int x_later, GString *why)
{
  if (x->wish || y->wish || x->opposed || y->opposed)
    return FALSE;
  if (refuses_grant (v, x) || refuses_grant (v, y))
    return FALSE;
  if (name_parted (x, y) || name_parted (y, x))
    return FALSE;
  /* an opposite word beside a negation may be turned back by it ("is
   * moving forward. You can't shut it down" / "is here to stay") */
  if (antonym && (any_negation (x) || any_negation (y)))
    return FALSE;
  for (guint i = 0; i < x->n_props; i++)
    {
      const Prop *px = PROP_AT (x, i);
      if (px->sub || px->graded || px->told || px->claused || px->wanted || px->urged)
        continue;
      gboolean nx = px->neg != (x->denied && !px->coord);
      for (guint j = 0; j < y->n_props; j++)
        {
          const Prop *py = PROP_AT (y, j);
          if (py->sub || py->graded || py->told || py->claused || py->wanted || py->urged)
            continue;
          gboolean ny = py->neg != (y->denied && !py->coord);
          if (antonym ? (nx || ny || px->neg || py->neg) : nx == ny)
            continue;
          if (!moods_clash (px->mood, py->mood))
            continue;
          /* a denial followed by a clause of condition, cause or time
           * may deny that clause only: "Trump is not starting a trade war
           * because we are already in one", "falsely claimed he met with
           * the professor before joining the campaign", "won't help pass
           * that bill ... if Republicans link it to the tax plan" */
          if ((nx && px->qualified) || (ny && py->qualified))
            continue;
          if (!antonym && (nx ? tenses_apart (px, py, -x_later) : tenses_apart (py, px, x_later)))
            continue;
          gboolean ok;
          if (px->pred && py->pred && (other_infinitives (x, i, y, j) || denied_aim (x, i, y, j)))
            ok = FALSE;
          else if (px->pred && py->pred)
            ok = (px->head || py->head ? (px->head && head_stated (v, px, py, antonym)) || (py->head && head_stated (v, py, px, antonym))
                                       : preds_meet (v, px, py, antonym))
                 && same_subject (px, py) && !heads_apart (v, px, py) && !actors_apart (v, px, py) && !adverb_subjects (v, px, py) && !generic_fragment (px, py)
                 && !other_person (v, px, py) && !owned_apart (v, px, py) && !owned_apart (v, py, px)
                 && !(nx && double_negative (v, px, py)) && !(ny && double_negative (v, py, px))
                 && !(px->existential && py->existential && (name_before_shared (x, px, py) || name_before_shared (y, py, px)))
                 && (!named || (px->existential && py->existential) || px->generic || py->generic
                     || named_in_both (px, px->subject, py, py->subject))
                 && shared_core (v, px, py) >= v->core_min_shared
                 && !objects_differ (v, px, py) && !open_objects (v, px, py) && (antonym || !(nx ? px->neg && !x->denied : py->neg && !y->denied)
                     || !modifiers_contrast (v, x, px, y, py));
          else if (antonym)
            ok = FALSE;
          else
            {
              /* a bare noun phrase characterizes ("a war of Obama's
               * choosing"): it meets a copula with a named subject
               * whose subject and complement hold all its words, and it
               * names that subject and all the copula says of it (a
               * topic, "gun-free zones", is not "such places were no
               * longer gun free zones"; "U.S. troops on the ground" is
               * not "no U.S. ground troops will be needed"; "Kavanaugh
               * in high school" is not "Kavanaugh was involved in gang
               * rapes in high school").  A passive's verb may stay
               * unnamed ("the Russian government of hacking" / "was
               * involved in the hack").  A phrase negating itself names
               * an absence, no claim ("no difference between men and
               * women" / "men and women are paid differently"). */
              const Prop *np = px->pred ? py : px, *cp = px->pred ? px : py;
              const CgClaimView *nv = px->pred ? y : x;
              ok = nv->n_props == 1 && !nv->denied && nv->spoken && !np->neg && cp->pred && cp->copula && !cp->existential
                   && cp->subject->len > 0 && np->core->len >= 2;
              gboolean subj = FALSE, said = FALSE;
              for (guint k = 0; ok && k < np->core->len; k++)
                {
                  const char *c = word_at (np->core, k);
                  ok = has (cp->core, c) || has (cp->subject, c);
                }
              /* the subject is named by its head, its first or last word,
               * not by a word inside it ("high Crimes and Misdemeanors
               * against the United States" / "Impeachments of American
               * presidents never really are about high crimes") */
              if (ok)
                subj = has (np->core, word_at (cp->subject, 0))
                       || has (np->core, word_at (cp->subject, cp->subject->len - 1));
              for (guint k = 0; ok && k < cp->core->len; k++)
                {
                  const char *c = word_at (cp->core, k);
                  if ((k == 0 && cp->passive) || g_hash_table_contains (v->light, c) || c[0] == '#' || has (cp->subject, c))
                    continue;
                  ok = has (np->core, c);
                  said = TRUE;
                }
              ok = ok && subj && said && (!named || named_in_both (np, np->core, cp, cp->subject));
            }
          if (ok)
            {
              if (why)
                {
                  describe_prop (why, px, x->denied);
                  g_string_append (why, " / ");
                  describe_prop (why, py, y->denied);
                }
              return TRUE;
            }
        }
    }
  return FALSE;
}

static gboolean
holds_number (const Prop *p)
{
  for (guint i = 0; i < p->core->len; i++)
    if (((const char *) word_at (p->core, i))[0] == '#')
      return TRUE;
  return FALSE;
}

static gboolean
subject_in (const Prop *x, const Prop *y)
{
  for (guint i = 0; i < x->subject->len; i++)
    if (has (y->subject, word_at (x->subject, i)) || has (y->core, word_at (x->subject, i)))
      return TRUE;
  return FALSE;
}

gboolean
cg_claim_views_same_measure (const CgClaimView *x, const CgClaimView *y, GString *why)
{
  for (guint i = 0; i < x->n_props; i++)
    {
      const Prop *px = PROP_AT (x, i);
      if (px->sub || px->wanted || px->pred == NULL || !holds_number (px))
        continue;
      for (guint j = 0; j < y->n_props; j++)
        {
          const Prop *py = PROP_AT (y, j);
          if (py->sub || py->wanted || py->pred != px->pred || !holds_number (py) || px->unknown || py->unknown)
            continue;
          if (subject_in (px, py) || subject_in (py, px))
            {
              if (why)
                {
                  describe_prop (why, px, FALSE);
                  g_string_append (why, " / ");
                  describe_prop (why, py, FALSE);
                }
              return TRUE;
            }
        }
    }
  return FALSE;
}

/* Figures in P's subject or complement ("350,000 people dropped out"),
 * years (YEARS) or the others: 0 none, 1 some, 2 some in common with
 * Q's.  A year in common is no figure in common ("won the district in
 * 2016 by 3.5 points" / "by more than 30 percentage points ... in
 * 2016"). */
static int
figures_of_kind (CgClaimViewer *v, const Prop *p, const Prop *q, gboolean years)
{
  int n = 0;
  for (int part = 0; part < 2; part++)
    {
      Words *a = part ? p->core : p->subject;
      for (guint i = 0; i < a->len; i++)
        {
          const char *c = word_at (a, i);
          if (c[0] != '#' || g_hash_table_contains (v->years, c) != years)
            continue;
          n = 1;
          if (has (q->core, c) || has (q->subject, c))
            return 2;
        }
    }
  return n;
}

/* Is every figure of P that is not a year in Q? */
static gboolean
figures_within (CgClaimViewer *v, const Prop *p, const Prop *q)
{
  for (int part = 0; part < 2; part++)
    {
      Words *a = part ? p->core : p->subject;
      for (guint i = 0; i < a->len; i++)
        {
          const char *c = word_at (a, i);
          if (c[0] == '#' && !g_hash_table_contains (v->years, c) && !has (q->core, c) && !has (q->subject, c))
            return FALSE;
        }
    }
  return TRUE;
}

/* Figures of any kind in P: 0 none, 1 some, 2 some in common with Q's. */
static int
figures (CgClaimViewer *v, const Prop *p, const Prop *q)
{
  return MAX (figures_of_kind (v, p, q, FALSE), figures_of_kind (v, p, q, TRUE));
}

/* Every concept of VIEW's propositions, added to OUT. */
static void
view_concepts (const CgClaimView *view, Words *out)
{
  for (guint i = 0; i < view->n_props; i++)
    {
      const Prop *p = PROP_AT (view, i);
      for (guint k = 0; k < p->subject->len; k++)
        add (out, word_at (p->subject, k));
      for (guint k = 0; k < p->core->len; k++)
        add (out, word_at (p->core, k));
    }
}

/* Does X's proposition PX state what Y's PY states: both main
 * propositions in the same polarity and mood, one's predicate in the
 * other's predicate or complement, core_min_shared concepts of predicate
 * and complement in common ("Republicans are better than Democrats at
 * cybersecurity" / "the Republicans are better at it" share one), and the
 * same subject?  A passive with a subject the text leaves open meets the
 * same predicate when the other's subject is its agent ("it's been
 * delivered by Trump" / "Trump is delivering wins for Putin"). */
static gboolean counted (CgClaimViewer *v, const Prop *p);
static gboolean object_covered (CgClaimViewer *v, const Prop *o, const Prop *n);
static gboolean same_governor (CgClaimViewer *v, const Prop *px, const Prop *py);
static gboolean complements_cover (CgClaimViewer *v, const Prop *px, const Prop *py, guint min);

/* Do PX and PY each name an object and share none of it: every heavy
 * concept of both complements (figures aside) apart ("Obama won in 2008
 * by seven points" / "Mr. Obama won Florida in 2008")?  The predicate
 * and a year in common say nothing of one deed. */
static gboolean
objects_apart (CgClaimViewer *v, const Prop *px, const Prop *py)
{
  Words cx = { 0 }, cy = { 0 };
  complement_of (v, px, &cx);
  complement_of (v, py, &cy);
  guint nx = 0, ny = 0, shared = 0;
  for (guint i = 0; i < cx.len; i++)
    {
      const char *c = word_at (&cx, i);
      if (c[0] == '#')
        continue;
      nx++;
      shared += has (py->core, c) || has (py->subject, c);
    }
  for (guint i = 0; i < cy.len; i++)
    {
      const char *c = word_at (&cy, i);
      if (c[0] == '#')
        continue;
      ny++;
      shared += has (px->core, c) || has (px->subject, c);
    }
  g_free (cx.v);
  g_free (cy.v);
  return nx > 0 && ny > 0 && shared == 0;
}

/* Does A speak of what is going on (a progressive present) or of what
 * will be, where B speaks of a deed done and over (a simple past)?  A
 * perfect ("have used and abused") reaches up to now and a past
 * progressive ("said they were living in hell") is mostly reported
 * speech put back in time: both may be A's moment. */
static gboolean
times_apart (const Prop *a, const Prop *b)
{
  return ((a->tense == TENSE_PRESENT && a->progressive) || a->tense == TENSE_FUTURE) && b->tense == TENSE_PAST
         && !b->perfect && !b->progressive;
}

/* Does copula A say what B will be, where copula B says what it is, both
 * stated as fact: a [forecast_words] word of A's complement not in B's ("Trump is the next
 * president of the United States", February 2016 / "Donald Trump is
 * President of the United States")? */
static gboolean
forecast_apart (CgClaimViewer *v, const Prop *a, const Prop *b)
{
  /* "will be visible ... over the next few months" tells a time, not
   * what will be: both stated as fact, or no forecast */
  if (!a->copula || !b->copula || a->passive || b->passive || a->progressive || b->progressive || a->mood != MOOD_FACT
      || b->mood != MOOD_FACT)
    return FALSE;
  for (guint i = 0; i < a->core->len; i++)
    if (g_hash_table_contains (v->forecast, word_at (a->core, i)) && !has (b->core, word_at (a->core, i)))
      return TRUE;
  return FALSE;
}

static gboolean
props_agree (CgClaimViewer *v, const Prop *px, const Prop *py, gboolean nx, gboolean ny, Words *open_text)
{
  if (px->pred == NULL || py->pred == NULL || px->sub || py->sub || nx != ny)
    return FALSE;
  if (px->mood != py->mood && px->mood != MOOD_UNKNOWN && py->mood != MOOD_UNKNOWN)
    return FALSE;
  /* figures on both sides must have one in common ("plus or minus 4
   * percentage points" / "3.5 percentage points") */
  for (int years = 0; years < 2; years++)
    if (figures_of_kind (v, px, py, years) == 1 && figures_of_kind (v, py, px, years) == 1)
      return FALSE;
  /* and the figures of one all in the other ("22 seats compared to the
   * 12 in play" / "23 seats compared to 12") */
  if (figures_of_kind (v, px, py, FALSE) && figures_of_kind (v, py, px, FALSE)
      && !figures_within (v, px, py) && !figures_within (v, py, px))
    return FALSE;
  if (px->pred == py->pred && px->mood != MOOD_IRREALIS)
    {
      /* only a passive leaves its doer to an agent ("It is the Green New
       * Deal on steroids" names no one) */
      const Prop *open = px->unknown && px->passive ? px : py->unknown && py->passive ? py : NULL;
      const Prop *named = open == px ? py : px;
      gboolean agent = FALSE;
      /* a passive named side's subject undergoes the deed, so it is no
       * doer the open side leaves out: "it was disappointed with the
       * Justice Department's decision" (a drug maker) is not "The Justice
       * Department was disappointed with the court decision".  Unless the
       * open side names that thing beside its pointing word: "These
       * changes are being implemented through Medicare's innovation
       * center" / "The change in Medicare is being implemented ..." */
      if (open && named->passive && (open->subject_head == NULL || !has (named->subject, open->subject_head)))
        open = NULL;
      for (guint i = 0; open && i < named->subject->len && !agent; i++)
        agent = has (open->core, word_at (named->subject, i));
      /* the noun the passive's subject names beside its pronoun is the
       * thing done, which the named side must name too: "it's likely the
       * deal will be voted on the House floor next week" (NAFTA) is not
       * "The full House will likely vote next week" (impeachment) */
      const char *thing = open ? open->subject_head : NULL;
      if (agent && thing && !has (named->core, thing) && !has (named->subject, thing))
        agent = FALSE;
      /* and the named side says more than the predicate: something of
       * its complement, not a word of its subject again, stands in the
       * other text ("the Second Amendment was to protect all the other
       * amendments" / "is protecting our cherished second amendment") */
      for (guint i = 1; agent && i < named->core->len; i++)
        if (!has (named->subject, word_at (named->core, i))
            && has (open_text, word_at (named->core, i)))
          return TRUE;
    }
  if (!same_governor (v, px, py))
    return FALSE;
  /* "there was another choice" / "there was another major factor": what
   * exists is all the claim, so it must be the same on both sides */
  if ((px->existential || py->existential) && !complements_cover (v, px, py, 1))
    return FALSE;
  /* a count word is no figure ("dozens were arrested" / "200 were
   * arrested") */
  if ((counted (v, px) && figures (v, py, px) && !counted (v, py)) || (counted (v, py) && figures (v, px, py) && !counted (v, px)))
    return FALSE;
  if (!pred_meets (v, px, py) && !pred_meets (v, py, px))
    return FALSE;
  /* what is going on or will be is another moment than what was done:
   * "Russia is helping you get elected" (2020) / "Russia helped elect
   * him" (2016) */
  if (times_apart (px, py) || times_apart (py, px) || forecast_apart (v, px, py) || forecast_apart (v, py, px))
    return FALSE;
  /* what a pronoun stands for on one side is named on the other: "Bill
   * Clinton signed it into law" is not shown to be "President Clinton
   * signed the Brady Bill into law" */
  if (px->open_object != py->open_object && !object_covered (v, px->open_object ? px : py, px->open_object ? py : px))
    return FALSE;
  /* the same predicate of the same subject, undergone on one side and
   * done on the other: "Trump be stopped from winning the White House"
   * / "Trump abruptly ended the White House session" */
  if (px->pred == py->pred && px->passive != py->passive)
    return FALSE;
  return same_subject (px, py) && shared_core (v, px, py) >= v->core_min_shared && !objects_apart (v, px, py);
}

/* Does the complement of N, whose object is named, hold no heavy concept
 * beyond those of O, whose object is a pronoun? */
static gboolean
object_covered (CgClaimViewer *v, const Prop *o, const Prop *n)
{
  for (guint i = 1; i < n->core->len; i++)
    {
      const char *c = word_at (n->core, i);
      if (c[0] != '#' && !g_hash_table_contains (v->light, c) && !has (n->subject, c) && !has (o->core, c))
        return FALSE;
    }
  return TRUE;
}

/* Does P hold a count without a figure (linking.rules [count_words]
 * without value=: "dozens", "hundreds")? */
static gboolean
counted (CgClaimViewer *v, const Prop *p)
{
  for (int part = 0; part < 2; part++)
    {
      Words *a = part ? p->core : p->subject;
      for (guint i = 0; i < a->len; i++)
        if (g_hash_table_contains (v->counts, word_at (a, i)))
          return TRUE;
    }
  return FALSE;
}

/* The heavy concepts of P's complement (its core after the predicate, not
 * a word of its subject; all its core after "there is"), added to OUT. */
static void
complement_of (CgClaimViewer *v, const Prop *p, Words *out)
{
  /* what "there is" has no predicate of its own: all its core is the thing */
  for (guint i = p->existential ? 0 : 1; i < p->core->len; i++)
    {
      const char *c = word_at (p->core, i);
      if (!g_hash_table_contains (v->light, c) && !has (p->subject, c))
        add (out, c);
    }
}

/* Do PX's and PY's complements share at least MIN heavy concepts,
 * covering exist_cover of each side's complement? */
static gboolean
complements_cover (CgClaimViewer *v, const Prop *px, const Prop *py, guint min)
{
  Words cx = { 0 }, cy = { 0 };
  complement_of (v, px, &cx);
  complement_of (v, py, &cy);
  guint shared = 0;
  for (guint i = 0; i < cx.len; i++)
    shared += has (&cy, word_at (&cx, i));
  gboolean ok = shared >= min && shared >= v->exist_cover * cx.len && shared >= v->exist_cover * cy.len;
  g_free (cx.v);
  g_free (cy.v);
  return ok;
}

/* What P's mood hangs on: the predicate governing its infinitive ("vote"
 * in "have the votes to block"), one mark for any obligation ("would need
 * to block", "should block": [obliging_verbs] or an irrealis auxiliary),
 * or nothing. */
static const char *
governed_by (CgClaimViewer *v, const Prop *p)
{
  static const char obliged[] = "";
  if (p->governor)
    return g_hash_table_contains (v->obliging, p->governor) ? obliged : p->governor;
  return p->mood == MOOD_IRREALIS ? obliged : NULL;
}

/* An infinitive's claim is its governor's: "would need to block" is not
 * "have the votes to block", and "did not need to seek approval" is not
 * "should seek approval". */
static gboolean
same_governor (CgClaimViewer *v, const Prop *px, const Prop *py)
{
  if (px->governor == NULL && py->governor == NULL)
    return TRUE;
  if (px->gneg || py->gneg)
    return FALSE;
  return governed_by (v, px) == governed_by (v, py);
}

/* Does the noun phrase of view N name what the copula P of another view
 * states ("US Attorney-General William Barr" / "William Barr is attorney
 * general of the United States")?  N is one proposition with no predicate
 * and P a main positive copula stated as fact, with a named subject: every
 * concept of N stands in P's subject or complement and every heavy concept
 * of P in N, so a title or a description says what the clause says and no
 * more. */
static gboolean
names_copula (CgClaimViewer *v, const CgClaimView *n, const Prop *p, gboolean np)
{
  if (n->n_props != 1 || n->denied)
    return FALSE;
  const Prop *q = PROP_AT (n, 0);
  if (q->pred || q->neg || q->core->len < v->np_min_words)
    return FALSE;
  if (!p->copula || p->pred == NULL || p->sub || np || p->existential || p->generic || p->unknown || p->implicit
      || p->subject->len == 0 || p->mood != MOOD_FACT)
    return FALSE;
  for (guint i = 0; i < q->core->len; i++)
    if (!has (p->core, word_at (q->core, i)) && !has (p->subject, word_at (q->core, i)))
      return FALSE;
  for (int part = 0; part < 2; part++)
    {
      Words *a = part ? p->core : p->subject;
      for (guint i = 0; i < a->len; i++)
        if (!g_hash_table_contains (v->light, word_at (a, i)) && !has (q->core, word_at (a, i)))
          return FALSE;
    }
  return TRUE;
}

/* Does one of X and Y name, as a noun phrase, what a copula of the other
 * states?  On TRUE, WHY receives both. */
static gboolean
np_states (CgClaimViewer *v, const CgClaimView *x, const CgClaimView *y, GString *why)
{
  for (int side = 0; side < 2; side++)
    {
      const CgClaimView *n = side ? y : x, *c = side ? x : y;
      for (guint j = 0; j < c->n_props; j++)
        {
          const Prop *p = PROP_AT (c, j);
          if (!names_copula (v, n, p, p->neg != (c->denied && !p->coord)))
            continue;
          if (why)
            {
              describe_prop (why, PROP_AT (n, 0), n->denied);
              g_string_append (why, " / ");
              describe_prop (why, p, c->denied);
            }
          return TRUE;
        }
    }
  return FALSE;
}

/* Every concept of A in B? */
static gboolean
within (Words *a, Words *b)
{
  for (guint i = 0; i < a->len; i++)
    if (!has (b, word_at (a, i)))
      return FALSE;
  return TRUE;
}

/* The figures of P, added to OUT. */
static void
figures_of (const Prop *p, Words *out)
{
  for (int part = 0; part < 2; part++)
    {
      Words *a = part ? p->core : p->subject;
      for (guint i = 0; i < a->len; i++)
        if (((const char *) word_at (a, i))[0] == '#')
          add (out, word_at (a, i));
    }
}

/* Do agreeing PX and PY say the same thing closely enough to stand without
 * the texts sharing most of their words: the same predicate, one subject
 * named whole in the other, at least MIN heavy concepts of the complement
 * in common, and the figures of one all in the other ("Mr. Flynn misled
 * Vice President Mike Pence and others about ..." / "Flynn misled several
 * colleagues, including Vice President Mike Pence, and that is ...")? */
static gboolean
props_close (CgClaimViewer *v, const Prop *px, const Prop *py, guint min)
{
  if (px->pred != py->pred || px->unknown || py->unknown || px->generic || py->generic || px->existential
      || py->existential || px->subject->len == 0 || py->subject->len == 0)
    return FALSE;
  if (!within (px->subject, py->subject) && !within (py->subject, px->subject))
    return FALSE;
  guint heavy = 0;
  for (guint i = 1; i < px->core->len; i++)
    {
      const char *c = word_at (px->core, i);
      heavy += c[0] != '#' && !g_hash_table_contains (v->light, c) && has (py->core, c);
    }
  if (heavy < min)
    return FALSE;
  Words fx = { 0 }, fy = { 0 };
  figures_of (px, &fx);
  figures_of (py, &fy);
  gboolean ok = within (&fx, &fy) || within (&fy, &fx);
  g_free (fx.v);
  g_free (fy.v);
  return ok;
}

/* Does a name in PX's subject (of view X, its concepts CX) stand nowhere
 * in Y? */
static gboolean
name_missing (const Prop *px, const CgClaimView *y, Words *cy)
{
  for (guint i = 0; i < px->names->len; i++)
    if (!has (cy, word_at (px->names, i)) && !has (y->caps, word_at (px->names, i)))
      return TRUE;
  return FALSE;
}

/* Do the subjects of PX (of view X, its concepts CX) and PY (of Y, CY)
 * name different people or things: each a name inside its clause, not a
 * title, that the other text lacks, and no name of one in the other's
 * subject?  "President Donald Trump delivered a message ... to Congress"
 * / "President George Washington and his successor, John Adams, both
 * delivered their annual messages"; "Powell may have used his personal
 * email address" / "Mrs. Clinton had used her personal email account".
 * A name the other text holds elsewhere ("anti-Trump text messages he
 * exchanged" / "the texts Strzok exchanged") leaves them one subject. */
static gboolean
names_apart (const Prop *px, const CgClaimView *x, Words *cx, const Prop *py, const CgClaimView *y, Words *cy)
{
  for (guint i = 0; i < px->names->len; i++)
    if (has (py->subject, word_at (px->names, i)))
      return FALSE;
  for (guint i = 0; i < py->names->len; i++)
    if (has (px->subject, word_at (py->names, i)))
      return FALSE;
  return name_missing (px, y, cy) && name_missing (py, x, cx);
}

/* Do PX (of view X, its concepts CX) and PY (of Y, CY) tell one deed of
 * two named actors: subjects sharing a word under two capitalized heads
 * (actors_apart()), each head named nowhere in the other text?  "The full
 * Senate will likely vote on Haspel next week" (May 2018) is not "The
 * full House will likely vote next week" (impeachment, December 2019);
 * "The MRC's Cassandre Durocher distributed the ballots" is not "The
 * MRC's Kristine Lawrence distributed the ballots".  A head the other
 * text names elsewhere may be its own subject's ("Connecticut Gov. Ned
 * Lamont has extended stay-at-home orders ... while Michigan Gov.
 * Gretchen Whitmer has also extended ..." / "Gov. Gretchen Whitmer
 * extended the state's stay-at-home order"). */
static gboolean
named_actors_apart (CgClaimViewer *v, const Prop *px, Words *cx, const Prop *py, Words *cy)
{
  return actors_apart (v, px, py) && has (px->named, px->subject_head) && has (py->named, py->subject_head)
         && !has (cx, py->subject_head) && !has (cy, px->subject_head);
}

/* The first word of P's complement that is no name (CAPS, its view's
 * capitalized concepts), figure nor single letter (a clitic printed apart:
 * "see President Trump Donald John Trump 's tax returns"): what an
 * [object_verbs] verb acts on ("see Trump's tax returns": "tax"), or
 * NULL. */
static const char *
object_word (const Prop *p, const Words *caps)
{
  for (guint i = 1; i < p->core->len; i++)
    {
      const char *c = word_at (p->core, i);
      if (c[0] != '#' && c[1] != '\0' && !has (caps, c))
        return c;
    }
  return NULL;
}

/* Do PX (of view X) and PY (of Y) share an [object_verbs] predicate
 * acting on different things?  Such a verb says its claim by its object:
 * "are going to see the benefit out of this tax package" is not "would
 * see their taxes go up"; names before the object are the object's owner
 * ("will 'never' see Trump's tax returns" / "see Donald Trump's tax
 * returns").  Not every [light_words] verb: the first word of their
 * complement is often a modifier ("made it an official state holiday" /
 * "made it a state holiday", "took a slight lead" / "took the lead"). */
static gboolean
objects_of_verb_differ (CgClaimViewer *v, const CgClaimView *x, const Prop *px, const CgClaimView *y, const Prop *py)
{
  return px->pred == py->pred && g_hash_table_contains (v->object_verbs, px->pred)
         && object_word (px, x->caps) != object_word (py, y->caps);
}

/* cg_claim_views_agree(), and with CLOSE > 0 cg_claim_views_agree_closely(). */
static gboolean
agree_views (CgClaimViewer *v, const CgClaimView *x, const CgClaimView *y, guint close, GString *why)
{
  if (x->wish != y->wish)
    return FALSE;
  if (!close && !x->wish && np_states (v, x, y, why))
    return TRUE;
  /* the passive's open side is held against all of the other text */
  Words cx = { 0 }, cy = { 0 };
  view_concepts (x, &cx);
  view_concepts (y, &cy);
  gboolean found = FALSE;
  for (guint i = 0; i < x->n_props && !found; i++)
    {
      const Prop *px = PROP_AT (x, i);
      gboolean nx = px->neg != (x->denied && !px->coord);
      for (guint j = 0; j < y->n_props; j++)
        {
          const Prop *py = PROP_AT (y, j);
          gboolean ny = py->neg != (y->denied && !py->coord);
          /* the named side's complement is looked up in the open side's text */
          Words *open_text = px->unknown ? &cx : &cy;
          if (!props_agree (v, px, py, nx, ny, open_text) || (close && !props_close (v, px, py, close))
              || names_apart (px, x, &cx, py, y, &cy) || named_actors_apart (v, px, &cx, py, &cy)
              || objects_of_verb_differ (v, x, px, y, py))
            continue;
          if (why)
            {
              describe_prop (why, px, x->denied);
              g_string_append (why, " / ");
              describe_prop (why, py, y->denied);
            }
          found = TRUE;
          break;
        }
    }
  g_free (cx.v);
  g_free (cy.v);
  return found;
}

gboolean
cg_claim_views_agree (CgClaimViewer *v, const CgClaimView *x, const CgClaimView *y, GString *why)
{
  return agree_views (v, x, y, 0, why);
}

gboolean
cg_claim_views_agree_closely (CgClaimViewer *v, const CgClaimView *x, const CgClaimView *y, guint min_shared,
                              GString *why)
{
  return agree_views (v, x, y, MAX (min_shared, 1), why);
}

gboolean
cg_claim_view_complement_holds (const CgClaimView *view, const char *concept)
{
  for (guint i = 0; i < view->n_props; i++)
    {
      const Prop *p = PROP_AT (view, i);
      if (p->pred == NULL || p->sub)
        continue;
      gboolean in_subject = FALSE;
      for (guint k = 0; k < p->subject->len && !in_subject; k++)
        in_subject = strcmp (word_at (p->subject, k), concept) == 0;
      for (guint k = 1; k < p->core->len && !in_subject; k++)
        if (strcmp (word_at (p->core, k), concept) == 0)
          return TRUE;
    }
  return FALSE;
}

gboolean
cg_claim_view_predicates (const CgClaimView *view)
{
  for (guint i = 0; i < view->n_props; i++)
    {
      const Prop *p = PROP_AT (view, i);
      if (p->pred && !p->sub)
        return TRUE;
    }
  return FALSE;
}

gboolean
cg_claim_view_calls_false (CgClaimViewer *v, const CgClaimView *view)
{
  for (guint i = 0; i < view->n_props; i++)
    {
      const Prop *p = PROP_AT (view, i);
      if (p->pred && !p->sub && p->copula && p->mood == MOOD_FACT && p->neg == (view->denied && !p->coord)
          && g_hash_table_contains (v->falsity, p->pred))
        return TRUE;
    }
  return FALSE;
}

gboolean
cg_claim_view_negated (const CgClaimView *view)
{
  for (guint i = 0; i < view->n_props; i++)
    {
      const Prop *p = PROP_AT (view, i);
      if (p->pred && !p->sub && p->neg != (view->denied && !p->coord))
        return TRUE;
    }
  return FALSE;
}

gboolean
cg_claim_views_call_false (CgClaimViewer *v, const CgClaimView *x, const CgClaimView *y)
{
  for (int side = 0; side < 2; side++)
    {
      const CgClaimView *a = side ? y : x, *b = side ? x : y;
      for (guint i = 0; i < a->n_props; i++)
        {
          const Prop *p = PROP_AT (a, i);
          if (p->sub)
            continue;
          for (guint k = 0; k < p->core->len; k++)
            {
              const char *c = word_at (p->core, k);
              gboolean other = FALSE;
              /* said of the claim itself, in its own proposition, not
               * an aside of its own ("This is absurd. James Comey was
               * fired ...") */
              if (!g_hash_table_contains (v->dismissal, c) || p->pred == NULL || p->pred == c)
                continue;
              gboolean claim = FALSE;
              for (guint j = 0; j < b->n_props && !other; j++)
                {
                  const Prop *q = PROP_AT (b, j);
                  other = has (q->core, c);
                  claim |= has (q->core, p->pred);
                }
              if (!other && claim)
                return TRUE;
            }
        }
    }
  return FALSE;
}

/* Is one side's subject an object on the other: a main proposition of
 * each with the same predicate, subjects that share nothing, and the
 * subject of one in the other's complement ("she voted by mail for Trump"
 * / "Trump himself voted by mail")?  Then the texts share their words but
 * say them of different people. */
gboolean
cg_claim_views_roles_differ (const CgClaimView *x, const CgClaimView *y)
{
  for (guint i = 0; i < x->n_props; i++)
    {
      const Prop *px = PROP_AT (x, i);
      if (px->sub || px->pred == NULL || px->subject->len == 0)
        continue;
      for (guint j = 0; j < y->n_props; j++)
        {
          const Prop *py = PROP_AT (y, j);
          if (py->sub || py->pred != px->pred || py->subject->len == 0 || share_any (px->subject, py->subject))
            continue;
          /* a passive's subject is the active's object: the same role
           * ("Tommy Vietor ... has been brought on by the Clinton team" /
           * "The Clinton team brought on Tommy Vietor") */
          if (px->passive != py->passive)
            continue;
          if (share_any (px->subject, py->core) || share_any (py->subject, px->core))
            return TRUE;
        }
    }
  return FALSE;
}
