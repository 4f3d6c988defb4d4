/* link.c: links between assertions of different articles (see cg-link.h).
 *
 * Each assertion is normalized once (cg-normalize.h) into sets of interned
 * ids: all words (for same_as), content concepts (for supports and
 * topicality), entities, years and numbers with their context.  Candidate
 * partners come from indexes each bounded so the cost per assertion does
 * not grow with the corpus: MinHash/LSH buckets over the content concepts,
 * postings of rare entities, of "number next to concept" keys, of rare
 * content concepts (concept_candidates()), and a speaker's quotes and
 * their runs of words.  Only candidates are compared exactly.  Every threshold
 * and cue list comes from linking.rules and the other rule files.
 */
#include "cg-link.h"
#include "cg-claimview.h"
#include "cg-normalize.h"
#include "cg-sort.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#ifdef __linux__
#include <sys/mman.h>
#endif

#define NONE G_MAXUINT32

/* The bits of CgLinker.mark_bits (a power of two). */
#define MARK_BITS 4096

/* The posting lists' pool (pool_alloc()): classes of blocks of 4 << c
 * words (the largest holds 2^31 items: a list grows without bound only
 * when its lists are not retired), and the words a small class takes at a
 * time. */
#define POOL_CLASSES 30
#define POOL_CHUNK   4096

/* MinHash eight values at a time (minhash_add_x8(), AVX-512) or four
 * (minhash_fold_x4(), AVX2) and the shared ids counted eight at a time
 * (marked_shared_x8(), AVX2) where the compiler can target them; the CPU
 * is asked at run time. */
#if defined(__GNUC__) && defined(__x86_64__)
#define HAVE_MINHASH_X8 1
#include <immintrin.h>
#endif

typedef struct {
  double      value;
  const char *unit;
  gboolean    part;      /* a part/whole or bound qualifier before it */
  /* with a [value_units] unit right after it ("81 months"): the amount in
   * its kind's one measure (value times the unit's value=: 2,466 days) */
  float       measure;
  GArray     *context;   /* guint32 concept ids around it, sorted unique */
  GArray     *near;      /* guint32 concepts next to it in its clause: what it measures */
  guint32     before;    /* the concept right before it in its clause ("rate" of a percent), or NONE */
  guint32     before2;   /* the one before that ("tax" rate), or NONE */
  guint32     after;     /* the concept right after it in its clause ("4 percentage points"), or NONE */
  guint8      unit_bit;  /* that unit's bit in Item.units + 1, or 0 */
} Number;
G_STATIC_ASSERT (sizeof (Number) == 56);

/* A content token in text order: which clause it sits in and which
 * negation cue (index + 1, 0 none) has it in its scope.  Enough to align
 * two texts on the predicate a negation sits in. */
typedef struct {
  guint32 concept : 30;   /* an interned id: intern() keeps them below 2^30 */
  guint32 cond : 1;       /* in a conditional clause ("if the bill became law") */
  guint32 pron : 1;       /* a pronoun stands between it and the content word before: "he could win" */
  guint16 clause;
  guint16 cue;
} Seq;   /* 8 bytes: there is one per content word of every assertion */

/* A negation cue: the first content concept of its scope (the predicate
 * it negates) and where it sits, so the words before it in its clause
 * (its subject) can be read off Item.seq. */
typedef struct {
  guint32 head;
  guint16 pos;       /* index into seq of the first content token after it */
  guint16 clause;
  bool     inert;    /* in a relative or conditional clause: denies nothing */
  bool     pron;     /* its subject is a pronoun: "he did not win" */
  bool     refute;   /* a refutation phrase ("there's no evidence that"): it denies the proposition after it */
} Cue;

/* An item's array: while the item is built, a GArray (the union's
 * GArray *); once frozen, LEN elements at byte OFF from the item (read
 * with ARR()), OFF NONE for a NULL array.  8 bytes where a pointer and a
 * GArray header cost 24. */
typedef struct {
  guint32 off, len;
} Arr;

/* A frozen item's array F as a GArray * good for the enclosing block. */
#define ARR(it, f) (&(GArray) { (gchar *) (it) + (it)->f##_f.off, (it)->f##_f.len })
#define HAS(it, f) ((it)->f##_f.off != NONE)

/* The pointers first, then the counts, then the flags as bits: there is
 * one Item per assertion. */
typedef struct _Item {
  CgAssertion *a;
  gint64       day;       /* Julian day of the article's date, -1 unknown */
  union { GArray *words; Arr words_f; }; /* guint32 stem ids of all words but negations, sorted unique */
  union { GArray *content; Arr content_f; }; /* guint32 concept ids of content tokens, sorted unique */
  union { GArray *entities; Arr entities_f; }; /* guint32 concept ids of entity tokens, sorted unique */
  union { GArray *names; Arr names_f; }; /* the entities that are not numbers */
  union { GArray *years; Arr years_f; }; /* guint32 years, sorted unique */
  union { GArray *numbers; Arr numbers_f; }; /* Number */
  union { GArray *negated; Arr negated_f; }; /* guint32 concept ids only ever in a negation's scope, sorted unique */
  union { GArray *seq; Arr seq_f; }; /* Seq, the content tokens in text order */
  union { GArray *cuelist; Arr cuelist_f; }; /* Cue, the negation cues in text order */
  union { GArray *fragment; Arr fragment_f; }; /* guint32 stem ids of the quoted fragment (mixed) or the quote (direct), sorted unique; NULL when too short */
  union { GArray *frag_content; Arr frag_content_f; }; /* guint32 concept ids of its content words, sorted unique */
  union { GArray *periods; Arr periods_f; }; /* guint32 ids of the [periods] phrases it names ("each day", "last month"), sorted unique */
  char        *fragment_text;  /* owned only when frag_text_owned (else the assertion's text) */
  const char  *whole_why;
  const CgRule *idiom;    /* a [idioms] phrase it holds (rule-owned), or NULL */
  guint        index;
  /* the concept of a capitalized first content word that is not known as
   * a name (a sentence opening "Russia was meddling"), or NONE */
  guint32      lead;
  guint        frag_words;   /* its content words ("witch hunt" is two) */
  guint16      idiom_content; /* content tokens of its idiom (a phrase: few) */
  /* bits of the [value_units] it names ("a week", "10 days", "millions"),
   * and of those named as a phrase with no figure ("a week", "millions"):
   * an amount of the unit's value= */
  guint16      units;
  guint16      unit_phrases;
  guint16      cues;      /* negation cues in the text (a guint16 so Item stays 160 bytes) */
  bool         question : 1;  /* the text asks: it asserts nothing */
  bool         asks : 1;      /* ... and states nothing before its question (asserts_before()) */
  bool         frag_text_owned : 1;
  /* The whole assertion is denied: its carrier disputes it, its cue is a
   * refutation or a negation ("falsely claimed", "denied", "did not
   * say"), or the extractor found it negative while the text holds no
   * negation (the negation is in the frame: "did not establish that ...").
   * A negation inside the text is read here, with its scope, which the
   * extractor's single flag cannot carry. */
  bool         whole : 1;
  /* the denial is the speaker's own negation ("did not say", a negative
   * cue), not a refutation: it denies what the same speaker is reported
   * to say, not what others say */
  bool         whole_weak : 1;
  bool         document : 1;  /* the source mention names a document */
  bool         linkable : 1;
  /* the text speaks of its own speaker: "I", "we", or a reported "he"
   * opening a person's indirect speech ("Bush rejected the notion that he
   * was part of the establishment") */
  bool         self_ref : 1;
  bool         partial : 1;   /* opens with a [fragment_openers] word ("to The Wall Street Journal") or a [moment_openers] clause */
  bool         hedged : 1;    /* holds a [hedges] word: "possible collusion", "investigating" */
  bool         privative : 1; /* holds a [privatives] word: "lived outside the district" */
  bool         predicate : 1; /* holds a [predicates] word ("would", "had"): a clause, not a name */
  bool         figure : 1;    /* holds a number not written with letters: not an ordinal or a label's ("25th", "3D") */
  bool         phrase : 1;    /* opens with a [phrase_openers] word: "Speaking Sunday to CNN" */
  bool         open : 1;      /* its cue leaves it open ("did not establish that"): it asserts nothing */
  bool         factive : 1;   /* its cue is a [factive_cues] word: "did not disclose" denies no fact */
  /* a->kind, copied: comparing reads it of nearly every candidate, and
   * the assertion is a cache miss the loads started for the item do not
   * cover (it was half of the comparing loop's own time) */
  guint8       kind;
  /* its text's tokens but negations, counted with repeats (255: as many
   * or more): quote_sentence_in()'s bound for a quote of one sentence */
  guint8       tokens;
} Item;

/* 160 bytes: the flags as bits (as bytes they made it 176, some 19 MB of
 * the whole AllSides corpus's 1.2M items). */
G_STATIC_ASSERT (sizeof (Item) == 160);

#define FLAT_NWORDS_MAX ((1u << 21) - 1)   /* the largest Flat.nwords */

/* What the candidate loop reads of every earlier item, kept in one flat
 * array of cache lines so a candidate costs one miss until it is
 * compared, not the walk Item -> CgAssertion -> strings -> arrays: a
 * 256-bit Bloom filter of the content concepts, the counts, interned
 * article and speaker ids, the item itself and its same_as cluster
 * (three arrays, flat, items and clusters, were three misses a
 * candidate, the top cost of the candidate loop). */
typedef struct {
  guint64 bloom[4];
  struct _Item *item;
  guint32 article, speaker;   /* interned ids, NONE when unset */
  guint32 ncontent;
  guint32 nwords : 21;        /* at most FLAT_NWORDS_MAX: a longer text (a quotation of
                               * millions of words in a 16 MB article) is held at it,
                               * and same_as_possible() bounds nothing for it */
  /* the Bloom filter's set bits (0..256), counted once when the item
   * is made: keep() and best_lsh() read them for every candidate
   * (maybe_related()'s concepts beyond bits), where a popcount of the
   * candidate's filter per pair made index_step() 2.8% dearer
   * (cg_linker_add at list-p1: 1,284,502,776 -> 1,279,938,663) */
  guint32 bits : 9;
  guint32 few : 1;            /* a quoted fragment of at most two concepts */
  guint32 whole : 1;          /* Item.whole: read by keep() for the denial's bound */
  /* The item's same_as cluster (union-find over the same_as links this
   * linker made; the root is the cluster's first member), and whether the
   * assertion being linked is linked to a member yet: claims are unions of
   * links, so a link to one member puts it in the cluster's claim and links
   * to the others would only repeat that (see [minhash] cluster_skip). */
  guint32 parent;
  guint32 linked;   /* index + 1 of the last assertion linked to a member */
} Flat;

G_STATIC_ASSERT (sizeof (Flat) == 64);

/* What keep() reads of a candidate beyond its Flat to bound may_link()
 * (may_link_bound()): a 96-bit Bloom filter of the item's words (Item.words,
 * the stem ids compare() counts as WS), its set bits, and the kinds
 * may_link() asks of the item.  Flat is a full cache line, so this is an
 * array of its own, 16 bytes an item (some 19 MB of the whole corpus's
 * 1.2M items).  Without the words no bound was possible: same_as.shingles
 * holds any pair whose shorter text has same_as_min_words words.  Counted
 * on subset-p10 with a throwaway build, the filter's size hardly mattered
 * (pairs left: 96 bits 234,305, 128 bits 235,427, 256 bits 237,859): the
 * concept terms do most of the cutting, the words only need a coarse
 * bound. */
#define WORD_BITS 96

typedef struct {
  guint64 words_lo;           /* the filter's bits 0..63 */
  guint32 words_hi;           /* ... and 64..95 */
  guint32 bits : 7;           /* its set bits (0..96) */
  guint32 numbers : 1;        /* ARR (it, numbers)->len > 0 */
  guint32 fragment : 1;       /* HAS (it, fragment) */
  guint32 quote : 1;          /* is_quote (it) */
  guint32 mixed_fragment : 1; /* a mixed quote with its quoted words (HAS (it, fragment)) */
} FlatBound;

G_STATIC_ASSERT (sizeof (FlatBound) == 16);
static FlatBound *bound_realloc (FlatBound *p, gsize old, gsize n);

/* An LSH candidate and the number of bands it collided in. */
typedef struct {
  guint index, bands;
  guint shared;   /* of a hit in one band: content concept bits its Bloom filter shares with the item's */
  guint contained; /* ... and a denial pair, one side's bits all among the other's (best_lsh()) */
  guint score;    /* ... and its rank among those: the share of the smaller side's bits shared, then the bits (hit_score()) */
} Hit;

/* An open-addressing map from 64-bit keys to 32-bit values (see
 * map_slot()). */
typedef struct {
  struct _Bucket *buckets;  /* nb of them, 64-byte aligned */
  gsize    nb;
  gsize    cap, len;    /* cap: nb * MAP_WAYS keys */
  gsize    limit;       /* the most keys it holds before it grows: cap * MAP_LOAD */
  guint    grown;       /* times it grew: a slot found before a growth is gone */
} Map;

/* quote_sentence_in()'s normalized quotes (see there). */
typedef struct _QuoteText QuoteText;
static void quote_text_free (QuoteText *q);

/* A speaker's kind as cg_linker_set_speakers() was told it. */
typedef struct {
  char *id;
  guint kind;
} SpeakerKind;

/* The items of one call, made and indexed, waiting to be compared with
 * their candidates. */
struct _CgLinkStep {
  guint   first, last;   /* their indexes: [first, last) */
  GArray *pend;          /* guint64: their prepared band keys, bands each (until indexed) */
  GArray *pend_ok;       /* guint8 per item: its pend keys hold */
  GArray *cands;         /* guint: the candidates of each item in turn, sorted */
  GArray *ends;          /* guint per item: where its candidates end in cands */
  GArray *kinds;         /* SpeakerKind (owned): what set_speakers() was told before it was made */
};

/* make_item()'s reused arrays (CgLinker.build). */
enum { B_WORDS, B_CONTENT, B_ENTITIES, B_NAMES, B_NEGATED, B_SEQ, B_CUES, B_YEARS, B_NUMBERS, B_POS, B_PLAIN, B_N };

/* The lists of CgLinker.prep_lex.  The last four are sets of words (a
 * rule's first word counts, as a hash set of them would hold it). */
enum {
  LX_FIRST, LX_REPORTED, LX_QUESTION, LX_FRAGMENT, LX_MOMENT, LX_PHRASE, LX_PERIODS, LX_HEDGES, LX_PRIVATIVES,
  LX_IDIOMS, LX_PART, LX_PRONOUNS, LX_CONDITIONAL, LX_CONTRAST, LX_RELATIVE, LX_DENIAL_ENDS, LX_PREDICATES, LX_UNITS, LX_N
};

/* Records the comparing thread makes of an item and keeps for the next
 * candidates (claim views, normalized quotes), item index + 1 -> value,
 * in two generations of at most MAX each: when the young one is full (a
 * check between items, kept_age()) the old one is dropped and the young
 * one becomes old; a record found in the old one moves to the young one.
 * Dropping all at once, as before, threw away the views of the
 * assertions of a story retold for months, which meet the candidates of
 * every retelling: on the whole corpus half of the 0.54 claim views made
 * per assertion were made again (0.12 at p10, none again).  Each record is a
 * pure function of its item, so what is kept changes no link.  The two
 * generations together hold as many records as the single cache before
 * them: at 32,768 views a generation the whole corpus's peak grew by some
 * 50 MB (1,910,272 -> 1,960,836 KiB with the table), which issue 7's
 * memory bound has no room for. */
typedef struct {
  GHashTable *young, *old;
  guint       max;
} Kept;

/* Records of a generation (Kept.max): claim views, normalized quotes.
 * Twice what they were when a view took 1.1 KB: since views are one
 * block of about 560 bytes (viewarena) and the kept assertions shrank
 * (memfit), a third of AllSides made 93,954 views for 75,899 items
 * viewed, not 110,612, and 41,451 quote records for 32,652, not 51,810,
 * for some 15 MB held (cg-compare 8.39 -> 7.24 CPU s there, one run each
 * at load 20).  Doubled again (comparecpu): at 16,384 and 8,192 the third
 * of AllSides still made 96,401 views and 41,947 quote records where
 * caches that never drop one make 76,794 and 32,842 (peak 641 -> 681 MB
 * there); the views and the quotes' sentences are two fifths of
 * comparing (perf with call graphs). */
#define VIEW_CACHE_MAX 32768
#define QUOTE_CACHE_MAX 16384

static void
kept_init (Kept *k, guint max, GDestroyNotify free_func)
{
  k->young = g_hash_table_new_full (NULL, NULL, NULL, free_func);
  k->old = g_hash_table_new_full (NULL, NULL, NULL, free_func);
  k->max = max;
}

static void
kept_clear (Kept *k)
{
  g_clear_pointer (&k->young, g_hash_table_unref);
  g_clear_pointer (&k->old, g_hash_table_unref);
}

/* The record of item I, or NULL (the kept record stays owned by K). */
static gpointer
kept_get (Kept *k, guint i)
{
  gpointer key = GUINT_TO_POINTER (i + 1);
  gpointer v = g_hash_table_lookup (k->young, key);
  if (v == NULL && (v = g_hash_table_lookup (k->old, key)) != NULL)
    {
      g_hash_table_steal (k->old, key);
      g_hash_table_insert (k->young, key, v);
    }
  return v;
}

/* Keep V (taken) as item I's record. */
static void
kept_put (Kept *k, guint i, gpointer v)
{
  g_hash_table_insert (k->young, GUINT_TO_POINTER (i + 1), v);
}

/* Between items, when no record is in use: age the generations. */
static void
kept_age (Kept *k)
{
  if (g_hash_table_size (k->young) < k->max)
    return;
  g_hash_table_remove_all (k->old);
  GHashTable *t = k->old;
  k->old = k->young, k->young = t;
}

/* What name_alone() asks of a concept, one byte an id where it was three
 * binary searches and a read of the string. */
enum {
  ID_DATE = 1 << 0,   /* in date_ids */
  ID_GIVEN = 1 << 1,  /* in given_ids */
  ID_ROLE = 1 << 2,   /* in role_ids */
  ID_SHORT = 1 << 3,  /* a string of one byte ("v", an initial) */
  ID_ANTONYM = 1 << 4 /* a stem of an [antonyms] pair (by its hash: antonym_words) */
};

/* quote_stem_id()'s answers by the stem's pointer */
#define QUOTE_SLOT_BITS 12
typedef struct _QuoteSlot {
  const char *key, *str;   /* the stem asked for, its copy in qstrings */
  guint32     id;
} QuoteSlot;

struct _CgLinker {
  CgRules      *rules;
  CgNormalizer *norm;
  GPtrArray    *pool;         /* spare normalizers like norm, for cg_linker_prepare() on other threads */
  GMutex        pool_lock;
  CgLexicon    *refutations;
  CgLexicon    *negation_cues;
  CgLexicon    *word_denials; /* negation.rules [word_denials]: "didn't" before a quote denies the word */
  CgLexicon    *idioms;       /* [idioms]: a quoted sentence holding one is no statement of its own */
  CgLexicon    *unknowns;
  CgLexicon    *documents;
  CgLexicon    *asking_cues;  /* [asking_cues]: "asked", "wondered": a manner opener after one asks */
  CgLexicon    *inverted;     /* [inverted_questions]: "Did you": a question without its mark */
  CgLexicon    *unowned_cues; /* [unowned_cues]: "were told": without a speaker, nobody claims it */
  CgLexicon    *method_notes; /* [method_notes]: "margin of error": a survey's note on its own method */
  GPtrArray    *furniture;    /* [furniture_markers] (CgRule*, the rules'): page furniture printed inside a text */
  CgLexicon    *characterizing; /* [characterizing_cues]: "rejected X as Y" calls X Y */
  CgLexicon    *characterizing_words; /* [characterizing_words]: "as" */
  CgLexicon    *rejected_claims; /* [rejected_claims]: "claim", "assessment": what a rejection denies */
  CgLexicon    *factive_cues; /* [factive_cues]: "disclose": negated, silence about a fact, no denial */
  /* words of [comparatives], [comparison_words], [equatives], [ordinals],
   * [superlatives] (the rules' strings): a degree or a rank one side
   * states of a word the other states plainly (degree_apart()) */
  GHashTable   *comparatives, *comparison_words, *equatives, *ordinals, *superlatives;
  CgLexicon    *rank_sets;    /* [rank_sets]: "one of": a superlative that holds a rank */
  guint         comparison_window;
  /* the word lists prep_one() reads, as the lists LX_* of one lexicon:
   * a token is hashed once and then tested against all of them */
  CgLexicon    *prep_lex;
  GHashTable   *antonyms;     /* "stem\tstem" set, both orders */
  Map           antonym_keys; /* the same pairs as pair_key()s of their hashes: most pairs are ruled out without a string */
  Map           antonym_words; /* hash_str() of each stem of a pair: sets ID_ANTONYM when the stem is interned */
  Map           vocab;        /* hash of a string of more than 8 bytes -> its id */
  Map           short_vocab;  /* short_key() of a string of 1 to 8 bytes -> its id */
  GPtrArray    *strings;      /* id -> string (in string_chunk) */
  GStringChunk *string_chunk; /* the interned strings, packed: intern() compares with one, and a scattered heap made that compare a cache miss */
  GArray       *hashes;       /* id -> guint64 hash of the string */
  guint8       *id_bits;      /* id -> ID_* (as long as hashes, moved with it) */
  Map           lists_of;     /* posting key -> its one item, LIST_BIT | its block in lpool, or LIST_DEAD */
  /* the LSH buckets and postings of more than one item: blocks of a pool
   * of words (see pool_alloc()) */
  guint32      *lpool;
  gsize         lpool_len, lpool_cap;   /* words used (by the classes' chunks and large blocks), allocated */
  guint32       pool_free[POOL_CLASSES]; /* a freed block of each class, as a quad index (its first word: the next), or NONE */
  gsize         class_pos[POOL_CLASSES], class_left[POOL_CLASSES]; /* a small class's chunk: next free word, words left */
  GArray       *entity_dead;  /* guint64 bits by entity id: its posting list is retired (posting_keys()) */
  gboolean      retire;       /* posting_retire() retires (cg_linker_set_retire()) */
  guint64       n_retired;    /* lists it retired */
  GPtrArray    *items;        /* Item*, in the chunks below */
  GArray       *chunks;       /* Chunk: the frozen items, packed in large blocks (see item_alloc()) */
  char         *chunk_pos;    /* free room left in the last chunk */
  gsize         chunk_left;
  Flat         *flat;         /* by item index, 64-byte aligned in flat_mem (see flat_reserve()) */
  FlatBound    *bound;        /* by item index, flat_cap + 1 of them (read by keep() only) */
  char         *flat_mem;
  gsize         flat_cap;
  guint64       n_candidates, n_compared; /* totals, for cg_linker_counts() */
  guint64       n_lsh_read, n_lsh_ranked;  /* totals, for cg_linker_lsh_counts() */
  GString      *ev, *cue, *scratch; /* reused by compare() */
  CgClaimViewer *viewer;      /* the claims' shapes, read only for contradiction candidates */
  Kept           views;       /* item index + 1 -> CgClaimView* (owned): read once per item */
  Kept           quotes;      /* item index + 1 -> QuoteText* (owned): the same for quote_sentence_in() */
  GHashTable    *qvocab;      /* stem (in qstrings) -> quote_id(): the comparing thread's own ids */
  GStringChunk  *qstrings;
  GArray        *qid_of;      /* guint32: linker id -> its string's quote_id() (0: not looked up yet) */
  struct _QuoteSlot *qslots;  /* quote_stem_id()'s memory by pointer, 1 << QUOTE_SLOT_BITS */
  GArray        *marks;       /* guint32 by id: the comparing thread's marks of the item being linked (mark_item()) */
  GArray        *tested;      /* guint8 by item index: the comparing thread's text tests of items, kept (text_test()) */
  guint32        mark_gen;    /* their generation */
  guint32        marked;      /* the item they mark, or NONE */
  guint32        marked_bits; /* which of its sets: MARK_CONTENT, MARK_WORDS */
  /* The marked ids' low bits, one bit each (mark_item()): 512 bytes that
   * stay in the first-level cache, so the few ids of a candidate found in
   * it read marks, which at scale (a word a vocabulary id) mostly miss */
  guint64        mark_bits[MARK_BITS / 64];
  GHashTable   *days;         /* article id (owned) -> day + 1 */
  GPtrArray    *days_articles; /* the article list last read, and how much of it */
  guint         days_seen;
  GHashTable   *speaker_kinds; /* speaker id (owned) -> CgSpeakerKind + 1 */
  GHashTable   *based_units;  /* units that are shares of a base ("percent") */
  /* [value_units] ("week", "years", "billions"): rule -> its unit's bit + 1
   * in Item.units, and each kind's bits ("time", "scale") */
  GHashTable   *unit_bit;
  GArray       *unit_kinds;   /* guint32 masks of Item.units bits, one per kind */
  double        unit_value[16]; /* each unit's value= in its kind's measure (0: none) */
  GArray       *share_words;  /* sorted concept ids of the [based_units] words ("percent") */
  GArray       *date_ids;     /* sorted concept ids of month and day names */
  GHashTable   *period_reach; /* interned [periods] phrase id -> its "reach=" days: a time told from the article's date */
  GHashTable   *event_forms;  /* [event_predicates] words: the forms that tell a deed done again and again */
  guint64      *seeds;        /* SIG_LEN() of them */
  guint64      *band_seeds;   /* mix64 (b + 1) for each band b (band_key()) */
  guint         mh_width;     /* MinHash lanes: 8 minhash_add_x8() (AVX-512), 4 minhash_fold_x4() (AVX2), 0 portable */
  gboolean      avx2;         /* marked_shared_x8() runs here */
  gboolean      popcnt;       /* bloom_shared_hw() runs here */
  gboolean      no_marks;     /* has_content() searches the content, asks no mark (cg_linker_set_marks()) */
  gboolean      candidate_bound; /* keep() leaves the pairs compare() cannot link (cg_linker_set_candidate_bound()) */
  gboolean      no_bound;     /* quote_sentence_in() normalizes every quote, compare() asks no may_link() (cg_linker_set_sentence_bound()) */
  GArray       *not_lead_ids; /* sorted concept ids of [not_anchors] words: a capitalized first word that names no one */
  GArray       *role_ids;     /* sorted concept ids of [role_names]: titles, parties, bodies that tell no one apart */
  GArray       *given_ids;    /* sorted concept ids of names.rules' [given-names] */
  guint64      *sig;          /* scratch: one signature */
  GArray       *keys;         /* scratch: guint64 posting keys of one item */
  GArray       *keys_next;    /* the same of the next item, from prefetch_postings() */
  guint32       keys_next_of; /* which item keys_next holds, or NONE */
  guint32      *ahead;        /* scratch: 2 x bands band slot values of the items ahead (prefetch_lists()) */
  guint32     **ahead_slots;  /* the same items' band slots in the posting map, by item index & 1 (prefetch_lists()) */
  guint32       ahead_of[2];  /* which item each half of ahead_slots holds, or NONE */
  guint         ahead_grown[2]; /* the posting map's growths when they were found: a growth moves them */
  GArray       *lsh, *hits;   /* scratch: LSH collisions of one item */
  GArray       *ranks;        /* scratch: guint64 hit_rank() of the hits */
  guint32      *hit_slots;    /* scratch: best_lsh()'s table, hit index + 1 or 0 (all 0 between calls) */
  guint         hit_cap;      /* its size, a power of two */
  GArray       *cands, *cands_next; /* scratch: the candidates of two items (index_step()) */
  GArray       *run_keys, *run_hits; /* scratch: run_candidates()'s keys and the items they meet */
  GArray       *concept_hits; /* scratch: guint32, the items concept_candidates()'s lists hold */
  GArray       *concept_ranks; /* scratch: guint64, those sharing enough, ranked */
  GArray       *concept_dead; /* guint64 bits by concept id: its KEY_CONCEPT list is retired */
  CgLinkStep   *step;         /* the step being indexed (index_step(), on the making thread) */
  /* make_item()'s arrays, reused item after item: freeze_item() copies
   * what they hold into the item's block (a malloc, a realloc and a free
   * per array and item were a third of making items) */
  GArray       *build[B_N];
  Item          build_item;
  guint         build_room;   /* tokens the nine per-token build arrays have room for (make_item()) */
  /* Making and linking on two threads (cg_linker_make(), cg_linker_link()):
   * the steps made and compared so far, so the making thread can wait
   * for the comparing one before it moves an array both read (drain()).
   * The comparing side reads items, flat records, interned strings and
   * hashes, never the posting map nor the vocabulary: compare() must
   * not intern. */
  GMutex        step_lock;
  GCond         step_cond;
  guint         step_waiters; /* drain() calls waiting on step_cond: a broadcast with none is a futex call for nothing */
  guint64       made, linked;
  guint         strings_cap;  /* strings and hashes hold this many without moving */
  /* the speaker kinds as the linking thread sees them: what
   * cg_linker_set_speakers() is told reaches them with the next step made
   * (SpeakerKind, owned) */
  GHashTable   *linked_kinds;
  GArray       *kinds_pending;
  /* settings */
  guint  bands, rows, shingle, max_bucket, max_bucket_read, min_content, min_words, max_entity_df, max_entity_candidates;
  double sa_jaccard, sa_containment, sa_min_words, sa_antecedent_share;
  double sa_sentence_words;
  double sa_fragment_words;
  double sa_phrase_words;
  double su_jaccard, su_containment, su_min_shared;
  double su_min_jaccard, su_unagreed_jaccard, su_unagreed_min_shared;
  double su_close_jaccard, su_close_min_shared;
  double su_anon_min_shared;
  double su_names_shared, su_names_ratio;
  double su_speaker_jaccard, su_speaker_min_shared, su_speaker_cues_min_shared;
  double su_cover_containment, su_cover_jaccard, su_cover_min_shared;
  double co_jaccard, co_containment, co_min_jaccard, co_min_shared, denial_min_shared;
  double number_window, number_context_shared, number_ratio, numeric_min_shared, numeric_min_unitless;
  double change_days, changes_jaccard, narrator_days, whole_share, event_apart_days, event_count_max;
  double whole_min_flipped, antonym_clause_shared, numeric_near_shared;
  guint  fragment_min_content, max_speaker_df, max_speaker_candidates, subject_window;
  guint  max_run_df, max_run_candidates, run_min_shared, quoted_min_words, quoted_others_min_words;
  guint  max_concept_df, max_concept_candidates, concept_min_shared;
  guint  max_lsh_candidates, cluster_skip, max_single_band, max_single_contained, max_single_share, single_min_share;
  double co_min_overlap, numeric_min_overlap, co_min_plain;
  guint  min_any_shared;  /* fewer shared concepts than this: only same_as can hold */
};

/* The MinHash values of a signature, rounded up to whole vectors of
 * eight: signatures and seeds are allocated this long. */
#define SIG_LEN(l) (((l)->bands * (l)->rows + 7) & ~7u)

/* ---- small set helpers --------------------------------------------------- */

/* Sorting plain integer arrays in place, without a call per comparison
 * (see cg-sort.h). */
CG_DEFINE_SORT (sort_u32, guint32, CG_SORT_NUMBER_LESS)
CG_DEFINE_SORT (sort_u64, guint64, CG_SORT_NUMBER_LESS)

/* for values that have no address: Seq's bit-fields */
static inline void
append_u32 (GArray *a, guint32 v)
{
  g_array_append_val (a, v);
}

/* A's length cut to N, at most its length.  The arrays of this file are
 * made with no terminating zero and no clear function, so the length is
 * all g_array_set_size() changes when it shrinks one, through a call of
 * g_array_remove_range() (some fifty instructions; two million calls a
 * making thread at AllSides p10). */
static inline void
arr_cut (GArray *a, guint n)
{
  g_assert (n <= a->len);
  a->len = n;
}

/* A's length set to N, no more than the room g_array_set_size() made
 * in it before: its elements up to N written in place. */
static inline void
arr_within (GArray *a, guint n)
{
  a->len = n;
}

/* Room in A for N elements past its length, which stays as it is: the
 * caller writes them in place and sets the length (arr_within()).  One
 * call for a run of appends: g_array_append_val() is a call of some
 * seventy instructions, and an array made empty grows through several
 * reallocations (the making thread's appends, with their growth, were
 * 7.9% of its instructions at AllSides p10). */
static inline void
arr_room (GArray *a, guint n)
{
  guint len = a->len;
  g_array_set_size (a, len + n);
  a->len = len;
}

static void
sort_unique (GArray *a)
{
  /* most of an item's arrays hold none or one id (its years, names,
   * negated concepts): nothing to sort, and no call to shrink them */
  if (a->len < 2)
    return;
  guint32 *d = (guint32 *) (gpointer) a->data;
  sort_u32 (d, a->len);
  guint k = 1;
  for (guint i = 1; i < a->len; i++)
    if (d[i] != d[k - 1])
      d[k++] = d[i];
  arr_cut (a, k);
}

/* Without a branch on the values: which side advances is a coin toss
 * the processor cannot predict (a tenth of comparing was mispredicted
 * jumps here). */
static guint
intersect_count (GArray *a, GArray *b)
{
  const guint32 *x = (const guint32 *) (gpointer) a->data, *y = (const guint32 *) (gpointer) b->data;
  guint i = 0, j = 0, n = 0, na = a->len, nb = b->len;
  while (i < na && j < nb)
    {
      guint32 u = x[i], v = y[j];
      n += u == v;
      i += u <= v;
      j += v <= u;
    }
  return n;
}

/* The bits set in X: the builtin is a call to libgcc unless the target
 * has a popcount instruction, which x86-64's baseline lacks. */
static inline guint
popcount64 (guint64 x)
{
#ifdef __POPCNT__
  return (guint) __builtin_popcountll (x);
#else
  x = x - ((x >> 1) & G_GUINT64_CONSTANT (0x5555555555555555));
  x = (x & G_GUINT64_CONSTANT (0x3333333333333333)) + ((x >> 2) & G_GUINT64_CONSTANT (0x3333333333333333));
  x = (x + (x >> 4)) & G_GUINT64_CONSTANT (0x0f0f0f0f0f0f0f0f);
  return (guint) ((x * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56);
#endif
}

/* The bits two 256-bit Bloom filters X and Y share (each filter's own
 * bits are counted once, in Flat.bits). */
static inline guint
bloom_shared_sw (const guint64 *x, const guint64 *y)
{
  guint shared = 0;
  for (guint k = 0; k < 4; k++)
    shared += popcount64 (x[k] & y[k]);
  return shared;
}

#if defined(HAVE_MINHASH_X8) && !defined(__POPCNT__)
/* bloom_shared_sw() with the processor's popcount instruction, where it
 * has one (cg_linker_set_vectors()): the portable count is a dozen
 * instructions a word, and ranking the LSH collisions and ruling out
 * candidates counted 117 words an assertion at AllSides p10, 5% of the
 * cg-link thread.  A call of its own: a function of another target is
 * not inlined into the default one. */
__attribute__ ((target ("popcnt"))) static guint
bloom_shared_hw (const guint64 *x, const guint64 *y)
{
  return (guint) (__builtin_popcountll (x[0] & y[0]) + __builtin_popcountll (x[1] & y[1])
                  + __builtin_popcountll (x[2] & y[2]) + __builtin_popcountll (x[3] & y[3]));
}
#define HAVE_POPCNT_HW 1
#endif

/* A posting list of item indexes, in the order added.  Nine lists in ten
 * (most LSH buckets, rare names, a speaker's rarer words) hold one item:
 * that item is the posting map's value itself, so such a list costs only
 * its map slot.  A longer list is a block of l->lpool, its length, its
 * capacity, then its items, and the map's value is the block's quad
 * index (word offset / 4) with LIST_BIT set.  (A record for every list,
 * even as a 16-byte record, was a quarter of the linker's memory.)  The
 * length sits with the items: a list of three or more was a 16-byte
 * record in an array and its items in a malloc'd block, two random
 * lines to read (and the record a third with the bucket) where a block
 * of up to 14 items is one line. */
#define LIST_BIT 0x80000000u

/* The map value of a retired list (posting_retire()): one past its
 * bound, so no reader will read its items again, and it no longer grows.
 * Not a block: the pool stays below (LIST_BIT - 2) quads. */
#define LIST_DEAD (LIST_BIT | (LIST_BIT - 2))

/* A posting list as looked up: its items, and the map slot that holds it
 * (NONE: empty; an item index; or LIST_BIT | a block's quad index).  Good
 * until the next lookup with CREATE or the next posting_add(). */
typedef struct {
  guint32       *val;
  const guint32 *items;
  guint          len;
} Posting;

/* Binary search of V in the N sorted ids at D. */
static gboolean
sorted_has (const guint32 *d, guint n, guint32 v)
{
  guint lo = 0, hi = n;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (d[mid] == v)
        return TRUE;
      if (d[mid] < v)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

static gboolean
contains_index (const Posting *a, guint v)
{
  return sorted_has (a->items, a->len, v);
}

static gboolean
contains (GArray *a, guint32 v)
{
  return sorted_has ((const guint32 *) (gpointer) a->data, a->len, v);
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

/* hash_str() of S, and its length into *LEN. */
static guint64
hash_len (const char *s, gsize *len)
{
  guint64 h = 0xcbf29ce484222325ULL;
  const char *p = s;
  for (; *p; p++)
    h = (h ^ (guchar) *p) * 0x100000001b3ULL;
  *len = (gsize) (p - s);
  return h;
}

static guint64
hash_str (const char *s)
{
  guint64 h = 0xcbf29ce484222325ULL;   /* FNV-1a: stable across runs */
  for (; *s; s++)
    h = (h ^ (guchar) *s) * 0x100000001b3ULL;
  return h;
}

/* ---- large tables read at random ------------------------------------------
 *
 * The posting map, the flat records and the frozen items are read at
 * random, and at p10 they are tens of MB (hundreds on the whole corpus):
 * with 4 KB pages nearly every such read also missed the TLB, and the
 * misses grew with the tables, the part of linking that grew faster than
 * the corpus.  Blocks of HUGE_MIN bytes or more are mapped whole, aligned
 * to 2 MB, and the kernel is asked to back them with 2 MB pages (a hint:
 * transparent huge pages in "madvise" mode).  Smaller blocks come from
 * malloc, aligned to a cache line; which is which is a function of the
 * size alone, so huge_free() is told the size huge_alloc() was. */
#define HUGE_PAGE ((gsize) 2 << 20)
#define HUGE_MIN  HUGE_PAGE

static inline gsize
huge_round (gsize bytes)
{
  return (bytes + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
}

/* A zeroed block of BYTES.  Free with huge_free (p, BYTES); aborts, like
 * g_malloc(), when memory is exhausted. */
static gpointer
huge_alloc (gsize bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  if (bytes >= HUGE_MIN)
    {
      gsize size = huge_round (bytes);
      /* one huge page more, so the block can start on a 2 MB boundary */
      char *raw = mmap (NULL, size + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (raw == MAP_FAILED)
        g_error ("link.c: cannot map %" G_GSIZE_FORMAT " bytes", size);
      char *p = (char *) (((guintptr) raw + HUGE_PAGE - 1) & ~(guintptr) (HUGE_PAGE - 1));
      if (p > raw)
        munmap (raw, (gsize) (p - raw));
      if (p + size < raw + size + HUGE_PAGE)
        munmap (p + size, (gsize) (raw + size + HUGE_PAGE - (p + size)));
      madvise (p, size, MADV_HUGEPAGE);
      return p;
    }
#endif
  /* a cache line's alignment: a map bucket or a flat record is one line */
  return g_aligned_alloc0 (1, bytes, 64);
}

static void
huge_free (gpointer p, gsize bytes)
{
  if (p == NULL)
    return;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  if (bytes >= HUGE_MIN)
    {
      munmap (p, huge_round (bytes));
      return;
    }
#endif
  g_aligned_free (p);
}

/* P (huge_alloc (OLD) or NULL) grown to BYTES, its first OLD bytes kept
 * and the rest zeroed.  Returns the block, which may have moved. */
static gpointer
huge_realloc (gpointer p, gsize old, gsize bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  if (p && old >= HUGE_MIN && bytes >= HUGE_MIN)
    {
      /* the kernel moves the pages, not their bytes: no second copy */
      gsize size = huge_round (bytes), had = huge_round (old);
      if (size == had)
        return p;
      void *q = mremap (p, had, size, MREMAP_MAYMOVE);
      if (q == MAP_FAILED)
        g_error ("link.c: cannot map %" G_GSIZE_FORMAT " bytes", size);
      madvise (q, size, MADV_HUGEPAGE);
      return q;
    }
#endif
  gpointer q = huge_alloc (bytes);
  if (p)
    memcpy (q, p, MIN (old, bytes));
  huge_free (p, old);
  return q;
}

/* ---- an open-addressing map from 64-bit keys to 32-bit values ---------
 *
 * Keys and their values sit in buckets of one cache line each, five keys
 * then their five values, and a key is looked for from its home bucket
 * on: a lookup in the posting map, far larger than the caches, is one
 * miss, and one line to prefetch (the 12-byte slots of a flat array
 * straddled lines and a probe past the home slot often read a second
 * one); a GHashTable with boxed keys costs four or five.  The map is
 * pre-sized from the number of assertions to come, so it rehashes once
 * per call rather than as it fills.  Key 0 marks a free slot (a key that
 * is 0 is stored as 1).  The number of buckets is any number, not a
 * power of two (a key's home bucket is its hash scaled to it): the
 * posting map is the linker's largest table, and rounding it up to a
 * power of two cost up to twice its size (2^26 slots for the 28M keys of
 * AllSides). */
#define MAP_LOAD 0.9    /* filled to nine tenths at most (the posting map ends near 4/5 full) */
#define MAP_WAYS 5

typedef struct _Bucket {
  guint64 keys[MAP_WAYS];
  guint32 vals[MAP_WAYS];
  /* nonzero when a key whose home is this bucket or one before lives
   * past it: a key missing from a full bucket without it is nowhere */
  guint32 over;
} Bucket;

G_STATIC_ASSERT (sizeof (Bucket) == 64);

static inline gsize
map_home (guint64 key, gsize n)
{
  return (gsize) (((mix64 (key) >> 32) * (guint64) n) >> 32);
}

static void
map_grow (Map *m, gsize want)
{
  gsize cap = MAX ((gsize) (want / MAP_LOAD) + 1, 1024);
  if (cap <= m->cap)
    return;
  gsize nb = (cap + MAP_WAYS - 1) / MAP_WAYS;
  g_assert (nb <= G_MAXUINT32);
  Bucket *buckets = huge_alloc (nb * sizeof (Bucket));
  for (gsize i = 0; i < m->nb; i++)
    for (guint w = 0; w < MAP_WAYS && m->buckets[i].keys[w]; w++)
      {
        guint64 key = m->buckets[i].keys[w];
        gsize b = map_home (key, nb);
        guint k;
        for (;;)
          {
            for (k = 0; k < MAP_WAYS && buckets[b].keys[k]; k++)
              ;
            if (k < MAP_WAYS)
              break;
            buckets[b].over = 1;
            b = b + 1 == nb ? 0 : b + 1;
          }
        buckets[b].keys[k] = key;
        buckets[b].vals[k] = m->buckets[i].vals[w];
      }
  huge_free (m->buckets, m->nb * sizeof (Bucket));
  m->buckets = buckets, m->nb = nb, m->cap = nb * MAP_WAYS;
  m->limit = (gsize) (m->cap * MAP_LOAD);
  m->grown++;
}

/* KEY's way in bucket BK of M: its value's slot; a free way taken for it
 * (value NONE) when CREATE, NULL when not; or, with *FULL set, NULL when
 * every way holds another key.  Both lookups below read a bucket so. */
static inline guint32 *
bucket_way (Map *m, Bucket *bk, guint64 key, gboolean create, gboolean *full)
{
  for (guint w = 0; w < MAP_WAYS; w++)
    {
      if (bk->keys[w] == key)
        return &bk->vals[w];
      if (bk->keys[w] == 0)
        {
          if (!create)
            return NULL;
          bk->keys[w] = key;
          bk->vals[w] = NONE;
          m->len++;
          return &bk->vals[w];
        }
    }
  *full = TRUE;
  return NULL;
}

/* The value slot of KEY; with CREATE a missing key is added with value
 * NONE, else NULL is returned for it.  A bucket fills from its first
 * way and nothing is ever removed, so a free way ends the search, and so
 * does a full bucket no key went past (Bucket.over): most keys looked up
 * are new (nine posting lists in ten hold one item), and at four fifths
 * full the search of a new key had compared the keys of the buckets
 * after its home too.  A new key goes in the first free way from its
 * home on, as without the mark. */
static G_GNUC_NO_INLINE guint32 *
map_slot_slow (Map *m, guint64 key, gboolean create)
{
  if (key == 0)
    key = 1;
  if (m->cap == 0 || (create && m->len + 1 > m->limit))
    {
      if (!create && m->cap == 0)
        return NULL;
      map_grow (m, 2 * (m->len + 1));
    }
  gsize b = map_home (key, m->nb);
  for (;;)
    {
      Bucket *bk = &m->buckets[b];
      gboolean full = FALSE;
      guint32 *v = bucket_way (m, bk, key, create, &full);
      if (!full)
        return v;
      if (!bk->over)
        break;
      b = b + 1 == m->nb ? 0 : b + 1;
    }
  /* KEY is missing and bucket B full */
  if (!create)
    return NULL;
  for (;;)
    {
      Bucket *bk = &m->buckets[b];
      if (bk->keys[MAP_WAYS - 1])
        {
          bk->over = 1;
          b = b + 1 == m->nb ? 0 : b + 1;
          continue;
        }
      guint w = 0;
      while (bk->keys[w])
        w++;
      bk->keys[w] = key;
      bk->vals[w] = NONE;
      m->len++;
      return &bk->vals[w];
    }
}

/* map_slot_slow() where it ends in KEY's home bucket, inlined: the key
 * there or a free way for it, as most lookups find (1.47 buckets read a
 * lookup at AllSides p10, 1.09 on the whole corpus, `linkcpu5`).  A full
 * home bucket, a map to grow, go the whole way.  The call's entry and
 * exit (registers saved and restored) were 12% of map_slot()'s
 * instructions, and the making thread makes 55 lookups an assertion at
 * AllSides p10 (vocabulary and postings). */
static inline guint32 *
map_slot (Map *m, guint64 key, gboolean create)
{
  guint64 k = key ? key : 1;
  if (G_LIKELY (m->cap != 0 && (!create || m->len < m->limit)))
    {
      Bucket *bk = &m->buckets[map_home (k, m->nb)];
      gboolean full = FALSE;
      guint32 *v = bucket_way (m, bk, k, create, &full);
      if (!full)
        return v;
      if (!create && !bk->over)
        return NULL;
    }
  return map_slot_slow (m, key, create);
}

/* Start loading KEY's home bucket: the posting map is far larger than
 * the caches, so a lookup is a miss; prefetching the keys of one item
 * together lets those misses overlap instead of queueing. */
static inline void
map_prefetch (const Map *m, guint64 key)
{
  if (m->cap == 0)
    return;
  __builtin_prefetch (&m->buckets[map_home (key == 0 ? 1 : key, m->nb)]);
}

static void
map_clear (Map *m)
{
  huge_free (m->buckets, m->nb * sizeof (Bucket));
  memset (m, 0, sizeof *m);
}

/* Wait until every step made is linked: the making thread calls it
 * before it moves an array the linking thread reads (flat, strings,
 * hashes).  No wait when one thread does both. */
static void
drain (CgLinker *l)
{
  g_mutex_lock (&l->step_lock);
  while (l->linked < l->made)
    {
      l->step_waiters++;
      g_cond_wait (&l->step_cond, &l->step_lock);
      l->step_waiters--;
    }
  g_mutex_unlock (&l->step_lock);
}

/* Room in strings and hashes for STRINGS_CAP ids, allocated at once:
 * they are read while the linking thread works, so they move only
 * after drain(). */
static void
strings_grow (CgLinker *l)
{
  drain (l);
  guint len = l->strings->len;
  l->strings_cap = MAX (1024, 2 * l->strings_cap);
  g_ptr_array_set_size (l->strings, l->strings_cap);
  g_ptr_array_set_size (l->strings, len);
  g_array_set_size (l->hashes, l->strings_cap);
  g_array_set_size (l->hashes, len);
  l->id_bits = g_renew (guint8, l->id_bits, l->strings_cap);
}

/* The bytes of S (LEN bytes, no NUL among them) as a 64-bit key when
 * there are 1 to 8 of them, else 0.  Distinct strings give distinct keys,
 * so a key found needs no compare of strings. */
static inline guint64
short_key (const char *s, gsize len)
{
  guint64 k = 0;
  if (len == 0 || len > 8)
    return 0;
  memcpy (&k, s, len);
  return k;
}

/* A new id for string S whose hash_str() is H. */
static guint32
intern_new (CgLinker *l, const char *s, guint64 h)
{
  if (l->strings->len == l->strings_cap)
    strings_grow (l);
  g_assert (l->strings->len < (1u << 30));   /* Seq.concept holds 30 bits */
  guint32 id = l->strings->len;
  g_ptr_array_add (l->strings, g_string_chunk_insert (l->string_chunk, s));
  g_array_append_val (l->hashes, h);
  l->id_bits[id] = s[0] != '\0' && s[1] == '\0' ? ID_SHORT : 0;
  if (map_slot (&l->antonym_words, h, FALSE))
    l->id_bits[id] |= ID_ANTONYM;
  return id;
}

/* The id of string S whose hash_str() is H and short_key() SHORT_K,
 * interned on first sight.  Most words are 8 bytes or fewer: their key
 * is the string, found without reading the interned copy (the strcmp()
 * of a hash hit, a cache miss at scale, was 7% of the making thread on
 * a third of AllSides).  Longer strings go by their hash; a 64-bit hash
 * collision between two of them moves the second to a rehashed key. */
static guint32
intern_hashed (CgLinker *l, const char *s, guint64 h, guint64 short_k)
{
  if (short_k)
    {
      guint32 *v = map_slot (&l->short_vocab, short_k, TRUE);
      if (*v == NONE)
        *v = intern_new (l, s, h);
      return *v;
    }
  guint64 key = h;
  for (;;)
    {
      guint32 *v = map_slot (&l->vocab, key, TRUE);
      if (*v == NONE)
        {
          *v = intern_new (l, s, h);
          return *v;
        }
      if (strcmp (g_ptr_array_index (l->strings, *v), s) == 0)
        return *v;
      key = mix64 (key);
    }
}

/* Start loading the vocabulary bucket intern_hashed() will read first. */
static inline void
vocab_prefetch (const CgLinker *l, guint64 h, guint64 short_k)
{
  map_prefetch (short_k ? &l->short_vocab : &l->vocab, short_k ? short_k : h);
}

static guint32
intern (CgLinker *l, const char *s)
{
  gsize len;
  guint64 h = hash_len (s, &len);
  return intern_hashed (l, s, h, short_key (s, len));
}

/* ---- the lists' pool ------------------------------------------------------
 *
 * A list block of class C is 4 << C words: its length, its capacity
 * ((4 << C) - 2), its items.  Blocks of the small classes are cut from
 * chunks of POOL_CHUNK words, one class to a chunk, so a block of 16 words
 * or fewer never straddles a cache line; larger ones are cut from the
 * pool's end on a line boundary.  A list that outgrows its block moves to
 * one of the next class and its old block goes to its class's free list,
 * as does a retired list's.  Blocks are named by quad index (word offset /
 * 4) so a 32-bit map value reaches 32 GB of them.  Read and written by the
 * making thread only (like the posting map), so the pool may move when it
 * grows. */
static inline guint32 *
pool_block (CgLinker *l, guint32 q)
{
  return l->lpool + (gsize) q * 4;
}

static inline guint
pool_class (guint32 cap)
{
  guint c = 0;
  while (((guint64) 4 << c) - 2 < cap)
    c++;
  g_assert (c < POOL_CLASSES);
  return c;
}

/* WORDS more words at the pool's end, aligned to ALIGN words; returns
 * their offset (the pool may move). */
static gsize
pool_take (CgLinker *l, gsize words, gsize align)
{
  gsize off = (l->lpool_len + align - 1) & ~(align - 1);
  if (off + words > l->lpool_cap)
    {
      gsize cap = MAX (l->lpool_cap ? 2 * l->lpool_cap : (gsize) 4 * POOL_CHUNK, off + words);
      l->lpool = huge_realloc (l->lpool, l->lpool_cap * sizeof (guint32), cap * sizeof (guint32));
      l->lpool_cap = cap;
    }
  l->lpool_len = off + words;
  g_assert (l->lpool_len / 4 < LIST_BIT - 2);   /* LIST_DEAD is no block */
  return off;
}

/* A new block of class C (its length and capacity set, length 0), as a
 * quad index.  The pool may move. */
static guint32
pool_alloc (CgLinker *l, guint c)
{
  gsize words = (gsize) 4 << c, off;
  if (l->pool_free[c] != NONE)
    {
      off = (gsize) l->pool_free[c] * 4;
      l->pool_free[c] = l->lpool[off];
    }
  else if (words < POOL_CHUNK)
    {
      if (l->class_left[c] == 0)
        {
          l->class_pos[c] = pool_take (l, POOL_CHUNK, POOL_CHUNK);
          l->class_left[c] = POOL_CHUNK;
        }
      off = l->class_pos[c];
      l->class_pos[c] += words, l->class_left[c] -= words;
    }
  else
    off = pool_take (l, words, 16);
  l->lpool[off] = 0;
  l->lpool[off + 1] = (guint32) words - 2;
  return (guint32) (off / 4);
}

/* Give block Q back to its class. */
static void
pool_release (CgLinker *l, guint32 q)
{
  guint32 *b = pool_block (l, q);
  guint c = pool_class (b[1]);
  b[0] = l->pool_free[c];
  l->pool_free[c] = q;
}

/* The posting list in map slot V (map_slot()) into P. */
static void
posting_at (CgLinker *l, guint32 *v, Posting *p)
{
  p->val = v, p->items = NULL, p->len = 0;
  if (*v == NONE)
    return;
  if (*v == LIST_DEAD)
    p->len = G_MAXUINT;   /* past every bound: its items are never read */
  else if (*v & LIST_BIT)
    {
      const guint32 *b = pool_block (l, *v & ~LIST_BIT);
      p->items = b + 2, p->len = b[0];
    }
  else
    p->items = v, p->len = 1;
}

/* Look up the posting list of KEY into P, created (empty) on demand;
 * FALSE when it is missing and not CREATE. */
static gboolean
posting_find (CgLinker *l, guint64 key, gboolean create, Posting *p)
{
  guint32 *v = map_slot (&l->lists_of, key, create);
  if (v == NULL)
    {
      p->val = NULL, p->items = NULL, p->len = 0;
      return FALSE;
    }
  posting_at (l, v, p);
  return TRUE;
}

/* posting_add() of V to the list in SLOT when that needs a new block:
 * a list of one becoming two, or a full block.  Apart, so that the
 * common append saves no registers for the calls made here. */
static G_GNUC_NO_INLINE void
posting_add_block (CgLinker *l, guint32 *slot, guint32 v)
{
  if (!(*slot & LIST_BIT))
    {
      guint32 first = *slot, q = pool_alloc (l, 0);
      guint32 *b = pool_block (l, q);
      b[0] = 2, b[2] = first, b[3] = v;
      *slot = LIST_BIT | q;
      return;
    }
  guint32 q = *slot & ~LIST_BIT;
  guint32 nq = pool_alloc (l, pool_class (pool_block (l, q)[1]) + 1);
  const guint32 *b = pool_block (l, q);   /* after pool_alloc(): the pool may have moved */
  guint32 *nb = pool_block (l, nq);
  memcpy (nb + 2, b + 2, b[0] * sizeof (guint32));
  nb[0] = b[0];
  pool_release (l, q);
  *slot = LIST_BIT | nq;
  nb[2 + nb[0]++] = v;
}

/* Append item V to the list P was looked up as (P is stale after: the
 * pool may move). */
static inline void
posting_add (CgLinker *l, Posting *p, guint32 v)
{
  guint32 *slot = p->val;
  g_assert (*slot != LIST_DEAD);
  if (*slot == NONE)
    *slot = v;
  else if ((*slot & LIST_BIT) && pool_block (l, *slot & ~LIST_BIT)[0] < pool_block (l, *slot & ~LIST_BIT)[1])
    {
      guint32 *b = pool_block (l, *slot & ~LIST_BIT);
      b[2 + b[0]++] = v;
    }
  else
    posting_add_block (l, slot, v);
}

/* Retire the list P was looked up as, found longer than the bound its
 * reader skips it at and no longer adds to: from then on it only cost a
 * miss on its block at every lookup (a common name's list of 21
 * items, looked up by every later mention of the name; lists past their
 * bound were 261k of the 3.59M posting lookups at AllSides p10), and its
 * items' memory.  Its lookups find LIST_DEAD, a length past every bound,
 * and no record.  Only for
 * lists whose every reader skips them past the bound they were found
 * over (not KEY_FRAGMENT's: frozen at max_speaker_df + 1 items, they are
 * still read).  Returns whether it is retired. */
static gboolean
posting_retire (CgLinker *l, Posting *p)
{
  guint32 *slot = p->val;
  if (*slot == LIST_DEAD)
    return TRUE;
  if (!l->retire)
    return FALSE;   /* the lists grow as before (cg_linker_set_retire()) */
  g_assert (*slot != NONE);
  if (*slot & LIST_BIT)
    pool_release (l, *slot & ~LIST_BIT);
  *slot = LIST_DEAD;
  p->items = NULL, p->len = G_MAXUINT;
  l->n_retired++;
  return TRUE;
}

/* Posting keys of the four indexes, kept apart by a salt. */
enum { KEY_BAND = 1, KEY_ENTITY, KEY_NUMBER, KEY_QUOTE, KEY_FRAGMENT, KEY_RUN, KEY_CONCEPT };

static guint64
posting_key (guint kind, guint64 a, guint64 b)
{
  return mix64 (mix64 (a + kind * 0x9e3779b97f4a7c15ULL) ^ b);
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
  if (it->frag_text_owned)
    g_free (it->fragment_text);
  /* the item itself lives in a chunk */
}

/* Room for a frozen item: items live as long as the linker, so they are
 * packed one after another in 2 MB chunks (huge_alloc(): one huge page
 * each), without a malloc header each and away from the short-lived
 * allocations that build them (which left holes between them).  SIZE is
 * a multiple of 8. */
#define CHUNK_SIZE HUGE_PAGE

typedef struct {
  gpointer mem;
  gsize    size;
} Chunk;

static gpointer
item_alloc (CgLinker *l, gsize size)
{
  if (size > l->chunk_left)
    {
      Chunk c = { NULL, MAX (size, CHUNK_SIZE) };
      c.mem = huge_alloc (c.size);
      g_array_append_val (l->chunks, c);
      l->chunk_pos = c.mem;
      l->chunk_left = c.size;
    }
  gpointer p = l->chunk_pos;
  l->chunk_pos += size, l->chunk_left -= size;
  return p;
}

static double
num (CgRules *rules, const char *key, double fallback)
{
  return cg_rules_number (rules, "linking", key, fallback);
}

/* The interned stems of the first words of rule file NAME's SECTION,
 * sorted unique, for contains().  Returns a new array. */
static GArray *
stem_ids_of (CgLinker *l, CgNormalizer *norm, CgRules *rules, const char *name, const char *section)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  GPtrArray *entries = cg_rules_entries (rules, name, section);
  for (guint i = 0; i < entries->len; i++)
    {
      char *st = cg_normalizer_stem (norm, ((CgRule *) g_ptr_array_index (entries, i))->words[0]);
      guint32 id = intern (l, st);
      g_array_append_val (ids, id);
      g_free (st);
    }
  sort_unique (ids);
  return ids;
}

/* stem_ids_of() for linking.rules. */
static GArray *
stem_ids (CgLinker *l, CgNormalizer *norm, CgRules *rules, const char *section)
{
  return stem_ids_of (l, norm, rules, "linking", section);
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
  l->pool = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_normalizer_free);
  g_mutex_init (&l->pool_lock);
  l->refutations = cg_lexicon_new (cg_rules_entries (rules, "refutation", NULL));
  l->negation_cues = cg_lexicon_new (cg_rules_entries (rules, "negation", "words"));
  l->word_denials = cg_lexicon_new (cg_rules_entries (rules, "negation", "word_denials"));
  l->idioms = cg_lexicon_new (cg_rules_entries (rules, "linking", "idioms"));
  l->unknowns = cg_lexicon_new (cg_rules_entries (rules, "negation", "unknowns"));
  l->documents = cg_lexicon_new (cg_rules_entries (rules, "linking", "quotes"));
  l->asking_cues = cg_lexicon_new (cg_rules_entries (rules, "linking", "asking_cues"));
  l->inverted = cg_lexicon_new (cg_rules_entries (rules, "linking", "inverted_questions"));
  l->unowned_cues = cg_lexicon_new (cg_rules_entries (rules, "linking", "unowned_cues"));
  l->method_notes = cg_lexicon_new (cg_rules_entries (rules, "linking", "method_notes"));
  l->furniture = cg_rules_entries (rules, "linking", "furniture_markers");
  l->characterizing = cg_lexicon_new (cg_rules_entries (rules, "linking", "characterizing_cues"));
  l->characterizing_words = cg_lexicon_new (cg_rules_entries (rules, "linking", "characterizing_words"));
  l->rejected_claims = cg_lexicon_new (cg_rules_entries (rules, "linking", "rejected_claims"));
  l->factive_cues = cg_lexicon_new (cg_rules_entries (rules, "linking", "factive_cues"));
  l->comparatives = cg_rules_word_set (rules, "linking", "comparatives");
  l->comparison_words = cg_rules_word_set (rules, "linking", "comparison_words");
  l->equatives = cg_rules_word_set (rules, "linking", "equatives");
  l->ordinals = cg_rules_word_set (rules, "linking", "ordinals");
  l->superlatives = cg_rules_word_set (rules, "linking", "superlatives");
  l->rank_sets = cg_lexicon_new (cg_rules_entries (rules, "linking", "rank_sets"));
  GPtrArray *prep_lists[LX_N] = {
    [LX_FIRST] = cg_rules_entries (rules, "linking", "first_person"),
    [LX_REPORTED] = cg_rules_entries (rules, "linking", "reported_self"),
    [LX_QUESTION] = cg_rules_entries (rules, "linking", "question_openers"),
    [LX_FRAGMENT] = cg_rules_entries (rules, "linking", "fragment_openers"),
    [LX_MOMENT] = cg_rules_entries (rules, "linking", "moment_openers"),
    [LX_PHRASE] = cg_rules_entries (rules, "linking", "phrase_openers"),
    [LX_PERIODS] = cg_rules_entries (rules, "linking", "periods"),
    [LX_HEDGES] = cg_rules_entries (rules, "linking", "hedges"),
    [LX_PRIVATIVES] = cg_rules_entries (rules, "linking", "privatives"),
    [LX_IDIOMS] = cg_rules_entries (rules, "linking", "idioms"),
    [LX_PART] = cg_rules_entries (rules, "linking", "part_whole"),
    [LX_PRONOUNS] = cg_rules_entries (rules, "linking", "pronouns"),
    [LX_CONDITIONAL] = cg_rules_entries (rules, "negation", "conditional"),
    [LX_CONTRAST] = cg_rules_entries (rules, "negation", "contrast"),
    [LX_RELATIVE] = cg_rules_entries (rules, "negation", "relative"),
    [LX_DENIAL_ENDS] = cg_rules_entries (rules, "negation", "denial_ends"),
    [LX_PREDICATES] = cg_rules_entries (rules, "linking", "predicates"),
    [LX_UNITS] = cg_rules_entries (rules, "linking", "value_units"),
  };
  /* each unit a bit (its forms share it: "week", "weeks"), each kind a
   * mask of its units' bits; units past the 16th are not told apart (Item.units) */
  l->unit_bit = g_hash_table_new (g_direct_hash, g_direct_equal);
  l->unit_kinds = g_array_new (FALSE, TRUE, sizeof (guint32));
  {
    GPtrArray *names = g_ptr_array_new (), *kinds = g_ptr_array_new ();
    GPtrArray *ul = prep_lists[LX_UNITS];
    for (guint i = 0; ul && i < ul->len; i++)
      {
        const CgRule *r = g_ptr_array_index (ul, i);
        const char *unit = cg_rule_attr (r, "unit"), *kind = cg_rule_attr (r, "kind");
        if (unit == NULL)
          unit = r->phrase;
        if (kind == NULL)
          kind = unit;
        guint u = 0, k = 0;
        while (u < names->len && strcmp (g_ptr_array_index (names, u), unit) != 0)
          u++;
        if (u == names->len)
          g_ptr_array_add (names, (gpointer) unit);
        while (k < kinds->len && strcmp (g_ptr_array_index (kinds, k), kind) != 0)
          k++;
        if (k == kinds->len)
          {
            g_ptr_array_add (kinds, (gpointer) kind);
            g_array_set_size (l->unit_kinds, kinds->len);
          }
        if (u >= 16)
          continue;
        const char *v = cg_rule_attr (r, "value");
        if (v)
          l->unit_value[u] = g_ascii_strtod (v, NULL);
        g_hash_table_insert (l->unit_bit, (gpointer) r, GUINT_TO_POINTER (u + 1));
        g_array_index (l->unit_kinds, guint32, k) |= 1u << u;
      }
    g_ptr_array_free (names, TRUE);
    g_ptr_array_free (kinds, TRUE);
  }
  l->prep_lex = cg_lexicon_new_lists (prep_lists, LX_N);
  /* the normalizer reads each distinct word's entry once (CgNormToken.side) */
  cg_normalizer_set_side_lexicon (norm, l->prep_lex);
  l->antonyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *ant = cg_rules_entries (rules, "antonyms", NULL);
  for (guint i = 0; i < ant->len; i++)
    {
      char *a, *b;
      if (!cg_normalizer_stem_pair (norm, g_ptr_array_index (ant, i), &a, &b))
        continue;
      g_hash_table_add (l->antonyms, g_strdup_printf ("%s\t%s", a, b));
      g_hash_table_add (l->antonyms, g_strdup_printf ("%s\t%s", b, a));
      *map_slot (&l->antonym_keys, posting_key (0, hash_str (a), hash_str (b)), TRUE) = 1;
      *map_slot (&l->antonym_keys, posting_key (0, hash_str (b), hash_str (a)), TRUE) = 1;
      *map_slot (&l->antonym_words, hash_str (a), TRUE) = 1;
      *map_slot (&l->antonym_words, hash_str (b), TRUE) = 1;
      g_free (a);
      g_free (b);
    }
  l->strings = g_ptr_array_new ();
  l->string_chunk = g_string_chunk_new (64 * 1024);
  l->hashes = g_array_new (FALSE, FALSE, sizeof (guint64));
  for (guint c = 0; c < POOL_CLASSES; c++)
    l->pool_free[c] = NONE;
  l->entity_dead = g_array_new (FALSE, TRUE, sizeof (guint64));
  l->retire = TRUE;
  GPtrArray *periods = cg_rules_entries (rules, "linking", "periods");
  l->period_reach = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < periods->len; i++)
    {
      const CgRule *r = g_ptr_array_index (periods, i);
      guint32 id = intern (l, r->phrase);
      const char *reach = cg_rule_attr (r, "reach");
      guint days = reach ? (guint) g_ascii_strtoull (reach, NULL, 10) : 0;
      if (days > 0)
        g_hash_table_insert (l->period_reach, GUINT_TO_POINTER (id), GUINT_TO_POINTER (days));
    }
  l->date_ids = stem_ids (l, norm, rules, "dates");
  l->event_forms = cg_rules_word_set (rules, "linking", "event_predicates");
  l->share_words = stem_ids (l, norm, rules, "based_units");
  l->not_lead_ids = stem_ids (l, norm, rules, "not_anchors");
  l->role_ids = stem_ids (l, norm, rules, "role_names");
  l->given_ids = stem_ids_of (l, norm, rules, "names", "given-names");
  const struct { GArray *ids; guint8 bit; } classes[] = {
    { l->date_ids, ID_DATE }, { l->given_ids, ID_GIVEN }, { l->role_ids, ID_ROLE },
  };
  for (guint c = 0; c < G_N_ELEMENTS (classes); c++)
    for (guint i = 0; i < classes[c].ids->len; i++)
      l->id_bits[g_array_index (classes[c].ids, guint32, i)] |= classes[c].bit;
  l->items = g_ptr_array_new_with_free_func (item_free);
  l->chunks = g_array_new (FALSE, FALSE, sizeof (Chunk));
  l->ev = g_string_sized_new (128);
  l->cue = g_string_sized_new (128);
  l->scratch = g_string_sized_new (128);

  l->days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  l->speaker_kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  l->based_units = cg_rules_word_set (rules, "linking", "based_units");

  l->bands = (guint) CLAMP (num (rules, "bands", 20), 1, 256);
  l->rows = (guint) CLAMP (num (rules, "rows", 3), 1, 16);
  l->shingle = (guint) CLAMP (num (rules, "shingle", 1), 1, 5);
  l->max_bucket = (guint) MAX (num (rules, "max_bucket", 64), 2);
  l->max_bucket_read = (guint) MAX (num (rules, "max_bucket_read", 64), 1);
  l->max_lsh_candidates = (guint) MAX (num (rules, "max_lsh_candidates", 32), 1);
  l->max_single_band = (guint) MAX (num (rules, "max_single_band", 4), 0);
  l->max_single_contained = (guint) MAX (num (rules, "max_single_contained", 16), 0);
  l->max_single_share = (guint) MAX (num (rules, "max_single_share", 2), 0);
  l->single_min_share = (guint) (MAX (num (rules, "single_min_share", 0.2), 0) * 1000 + 0.5);
  l->cluster_skip = num (rules, "cluster_skip", 1) != 0;
  l->min_content = (guint) MAX (num (rules, "min_content", 2), 1);
  l->min_words = (guint) MAX (num (rules, "min_words", 4), 1);
  l->max_entity_df = (guint) MAX (num (rules, "max_entity_df", 20), 0);
  l->max_entity_candidates = (guint) MAX (num (rules, "max_entity_candidates", 50), 0);
  l->sa_jaccard = num (rules, "same_as_jaccard", 0.75);
  l->sa_containment = num (rules, "same_as_containment", 0.9);
  l->sa_antecedent_share = num (rules, "same_as_antecedent_share", 0.25);
  l->sa_sentence_words = num (rules, "same_as_sentence_min_words", 8);
  l->sa_min_words = num (rules, "same_as_min_words", 6);
  l->sa_fragment_words = num (rules, "same_as_fragment_words", 0);
  l->sa_phrase_words = num (rules, "same_as_phrase_words", 0);
  l->su_jaccard = num (rules, "supports_jaccard", 0.5);
  l->su_containment = num (rules, "supports_containment", 0.75);
  l->su_min_shared = num (rules, "supports_min_shared", 3);
  l->co_jaccard = num (rules, "contradicts_jaccard", 0.5);
  l->co_containment = num (rules, "contradicts_containment", 0.7);
  l->co_min_jaccard = num (rules, "contradicts_min_jaccard", 0.3);
  l->co_min_shared = num (rules, "contradicts_min_shared", 3);
  l->denial_min_shared = num (rules, "denial_min_shared", 2);
  l->su_min_jaccard = num (rules, "supports_min_jaccard", 0.3);
  l->su_unagreed_jaccard = num (rules, "supports_unagreed_jaccard", 0.6);
  l->su_unagreed_min_shared = num (rules, "supports_unagreed_min_shared", 5);
  l->su_close_jaccard = num (rules, "supports_close_jaccard", 0.25);
  l->su_close_min_shared = num (rules, "supports_close_min_shared", 4);
  l->su_anon_min_shared = num (rules, "supports_anon_min_shared", 5);
  l->su_names_shared = num (rules, "supports_names_shared", 3);
  l->su_names_ratio = num (rules, "supports_names_ratio", 2);
  l->su_speaker_jaccard = num (rules, "supports_speaker_jaccard", 0.45);
  l->su_speaker_min_shared = num (rules, "supports_speaker_min_shared", 5);
  l->su_speaker_cues_min_shared = num (rules, "supports_speaker_same_cues_min_shared", 4);
  l->su_cover_containment = num (rules, "supports_cover_containment", 0.8);
  l->su_cover_jaccard = num (rules, "supports_cover_jaccard", 0.5);
  l->su_cover_min_shared = num (rules, "supports_cover_min_shared", 7);
  l->comparison_window = num (rules, "comparison_window", 6);
  l->number_window = num (rules, "number_window", 4);
  l->number_context_shared = num (rules, "number_context_shared", 3);
  l->number_ratio = num (rules, "number_ratio", 1.1);
  l->numeric_min_shared = num (rules, "numeric_min_shared", 3);
  l->numeric_min_unitless = num (rules, "numeric_min_unitless", 1e6);
  l->change_days = num (rules, "change_over_time_days", 365);
  l->changes_jaccard = num (rules, "changes_min_jaccard", 0.5);
  l->narrator_days = num (rules, "narrators_max_days", 1);
  l->event_apart_days = num (rules, "event_apart_days", 0);
  l->event_count_max = num (rules, "event_count_max", 12);
  l->whole_share = num (rules, "whole_share", 100);
  l->whole_min_flipped = num (rules, "whole_min_flipped", 0.5);
  l->co_min_overlap = num (rules, "contradicts_min_overlap", 0.6);
  l->numeric_min_overlap = num (rules, "numeric_min_overlap", 0.45);
  l->co_min_plain = num (rules, "contradicts_min_plain", 4);
  l->antonym_clause_shared = num (rules, "antonym_clause_shared", 2);
  l->numeric_near_shared = num (rules, "numeric_near_shared", 1);
  l->subject_window = (guint) MAX (num (rules, "subject_window", 3), 1);
  l->fragment_min_content = (guint) MAX (num (rules, "fragment_min_content", 3), 1);
  l->max_speaker_df = (guint) MAX (num (rules, "max_speaker_df", 200), 1);
  l->max_speaker_candidates = (guint) MAX (num (rules, "max_speaker_candidates", 50), 0);
  l->max_run_df = (guint) MAX (num (rules, "max_run_df", 16), 1);
  l->max_run_candidates = (guint) MAX (num (rules, "max_run_candidates", 8), 0);
  l->run_min_shared = (guint) MAX (num (rules, "run_min_shared", 2), 1);
  l->max_concept_df = (guint) MAX (num (rules, "max_concept_df", 0), 0);
  l->max_concept_candidates = (guint) MAX (num (rules, "max_concept_candidates", 0), 0);
  l->concept_min_shared = (guint) MAX (num (rules, "concept_min_shared", 2), 1);
  l->quoted_min_words = (guint) MAX (num (rules, "quoted_min_words", 5), 1);
  l->quoted_others_min_words = (guint) MAX (num (rules, "quoted_others_min_words", 8), 1);
  l->min_any_shared = (guint) MAX (MIN (MIN (l->co_min_shared, l->su_min_shared), l->numeric_min_shared), 1);
  l->candidate_bound = TRUE;
  l->seeds = g_new (guint64, SIG_LEN (l));
  l->sig = g_new (guint64, SIG_LEN (l));
  l->ahead = g_new (guint32, 2 * (gsize) l->bands);
  l->ahead_slots = g_new0 (guint32 *, 2 * (gsize) l->bands);
  l->ahead_of[0] = l->ahead_of[1] = NONE;
  l->keys = g_array_new (FALSE, FALSE, sizeof (guint64));
  l->keys_next = g_array_new (FALSE, FALSE, sizeof (guint64));
  l->keys_next_of = NONE;
  l->lsh = g_array_new (FALSE, FALSE, sizeof (guint));
  l->hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  l->ranks = g_array_new (FALSE, FALSE, sizeof (guint64));
  l->cands = g_array_new (FALSE, FALSE, sizeof (guint));
  l->cands_next = g_array_new (FALSE, FALSE, sizeof (guint));
  l->run_keys = g_array_new (FALSE, FALSE, sizeof (guint64));
  l->run_hits = g_array_new (FALSE, FALSE, sizeof (guint64));
  l->concept_hits = g_array_new (FALSE, FALSE, sizeof (guint32));
  l->concept_ranks = g_array_new (FALSE, FALSE, sizeof (guint64));
  l->concept_dead = g_array_new (FALSE, TRUE, sizeof (guint64));
  static const guint build_size[B_N] = {
    [B_WORDS] = sizeof (guint32), [B_CONTENT] = sizeof (guint32), [B_ENTITIES] = sizeof (guint32),
    [B_NAMES] = sizeof (guint32), [B_NEGATED] = sizeof (guint32), [B_SEQ] = sizeof (Seq), [B_CUES] = sizeof (Cue),
    [B_YEARS] = sizeof (guint32), [B_NUMBERS] = sizeof (Number), [B_POS] = sizeof (guint), [B_PLAIN] = sizeof (guint32),
  };
  for (guint i = 0; i < B_N; i++)
    l->build[i] = g_array_sized_new (FALSE, FALSE, build_size[i], 64);
  g_mutex_init (&l->step_lock);
  g_cond_init (&l->step_cond);
  l->linked_kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  l->kinds_pending = g_array_new (FALSE, FALSE, sizeof (SpeakerKind));
  for (guint i = 0; i < SIG_LEN (l); i++)
    l->seeds[i] = mix64 (0x5eed0000ULL + i);
  l->band_seeds = g_new (guint64, l->bands);
  for (guint b = 0; b < l->bands; b++)
    l->band_seeds[b] = mix64 (b + 1);
  cg_linker_set_vectors (l, TRUE);
  kept_init (&l->views, VIEW_CACHE_MAX, (GDestroyNotify) cg_claim_view_free);
  kept_init (&l->quotes, QUOTE_CACHE_MAX, (GDestroyNotify) quote_text_free);
  l->qvocab = g_hash_table_new (g_str_hash, g_str_equal);
  l->qstrings = g_string_chunk_new (64 * 1024);
  l->qid_of = g_array_new (FALSE, TRUE, sizeof (guint32));
  l->qslots = g_new0 (QuoteSlot, 1 << QUOTE_SLOT_BITS);
  l->marks = g_array_new (FALSE, TRUE, sizeof (guint32));
  l->tested = g_array_new (FALSE, TRUE, sizeof (guint8));
  l->marked = NONE;
  l->viewer = cg_claim_viewer_new (rules, norm, l->antonyms, error);
  if (l->viewer == NULL)
    {
      cg_linker_free (l);
      return NULL;
    }
  return l;
}

void
cg_linker_free (CgLinker *l)
{
  if (l == NULL)
    return;
  g_ptr_array_unref (l->pool);   /* before norm: they share its tables */
  g_mutex_clear (&l->pool_lock);
  cg_normalizer_free (l->norm);
  cg_lexicon_free (l->refutations);
  cg_lexicon_free (l->negation_cues);
  cg_lexicon_free (l->word_denials);
  cg_lexicon_free (l->idioms);
  cg_lexicon_free (l->asking_cues);
  cg_lexicon_free (l->inverted);
  cg_lexicon_free (l->unowned_cues);
  cg_lexicon_free (l->method_notes);
  cg_lexicon_free (l->characterizing);
  cg_lexicon_free (l->characterizing_words);
  cg_lexicon_free (l->rejected_claims);
  cg_lexicon_free (l->factive_cues);
  g_hash_table_unref (l->comparatives);
  g_hash_table_unref (l->comparison_words);
  g_hash_table_unref (l->equatives);
  g_hash_table_unref (l->ordinals);
  g_hash_table_unref (l->superlatives);
  cg_lexicon_free (l->rank_sets);
  cg_lexicon_free (l->unknowns);
  cg_lexicon_free (l->documents);
  cg_lexicon_free (l->prep_lex);
  g_hash_table_unref (l->antonyms);
  map_clear (&l->vocab);
  map_clear (&l->short_vocab);
  map_clear (&l->antonym_keys);
  map_clear (&l->antonym_words);
  map_clear (&l->lists_of);
  g_array_unref (l->hashes);
  huge_free (l->lpool, l->lpool_cap * sizeof (guint32));
  g_array_unref (l->entity_dead);
  g_ptr_array_unref (l->strings);
  g_string_chunk_free (l->string_chunk);
  g_ptr_array_unref (l->items);
  for (guint i = 0; i < l->chunks->len; i++)
    huge_free (g_array_index (l->chunks, Chunk, i).mem, g_array_index (l->chunks, Chunk, i).size);
  g_array_unref (l->chunks);
  huge_free (l->flat_mem, l->flat_mem ? (l->flat_cap + 1) * sizeof (Flat) : 0);
  bound_realloc (l->bound, l->flat_cap, 0);
  g_string_free (l->ev, TRUE);
  g_string_free (l->cue, TRUE);
  g_string_free (l->scratch, TRUE);
  kept_clear (&l->views);
  kept_clear (&l->quotes);
  g_hash_table_unref (l->qvocab);
  g_string_chunk_free (l->qstrings);
  g_array_unref (l->qid_of);
  g_free (l->qslots);
  g_array_unref (l->marks);
  g_array_unref (l->tested);
  cg_claim_viewer_free (l->viewer);
  g_hash_table_unref (l->days);
  g_hash_table_unref (l->speaker_kinds);
  g_hash_table_unref (l->based_units);
  g_hash_table_unref (l->unit_bit);
  g_array_free (l->unit_kinds, TRUE);
  g_array_unref (l->date_ids);
  g_hash_table_unref (l->period_reach);
  g_hash_table_unref (l->event_forms);
  g_array_unref (l->share_words);
  g_array_unref (l->not_lead_ids);
  g_array_unref (l->given_ids);
  g_free (l->id_bits);
  g_array_unref (l->role_ids);
  g_free (l->seeds);
  g_free (l->band_seeds);
  g_free (l->sig);
  g_free (l->ahead);
  g_free (l->ahead_slots);
  g_array_unref (l->keys);
  g_array_unref (l->keys_next);
  g_array_unref (l->lsh);
  g_array_unref (l->hits);
  g_array_unref (l->ranks);
  g_free (l->hit_slots);
  g_array_unref (l->cands);
  g_array_unref (l->cands_next);
  g_array_unref (l->run_keys);
  g_array_unref (l->run_hits);
  g_array_unref (l->concept_hits);
  g_array_unref (l->concept_ranks);
  g_array_unref (l->concept_dead);
  for (guint i = 0; i < B_N; i++)
    g_array_unref (l->build[i]);
  g_mutex_clear (&l->step_lock);
  g_cond_clear (&l->step_cond);
  g_hash_table_unref (l->linked_kinds);
  for (guint i = 0; i < l->kinds_pending->len; i++)
    g_free (g_array_index (l->kinds_pending, SpeakerKind, i).id);
  g_array_unref (l->kinds_pending);
  g_free (l);
}

void
cg_linker_set_speakers (CgLinker *l, GPtrArray *speakers)
{
  for (guint i = 0; speakers && i < speakers->len; i++)
    {
      CgSpeaker *sp = g_ptr_array_index (speakers, i);
      if (sp && sp->id)
        {
          g_hash_table_replace (l->speaker_kinds, g_strdup (sp->id), GUINT_TO_POINTER (sp->kind + 1));
          SpeakerKind k = { g_strdup (sp->id), sp->kind };
          g_array_append_val (l->kinds_pending, k);
        }
    }
}

/* Is the assertion's speaker a document (a report, a memo)? */
static gboolean
speaker_is_document (CgLinker *l, CgAssertion *a)
{
  gpointer k = a->speaker_id ? g_hash_table_lookup (l->linked_kinds, a->speaker_id) : NULL;
  return k && GPOINTER_TO_UINT (k) - 1 == CG_SPEAKER_DOCUMENT;
}

/* An item's arrays are only read once it is built.  Move them, with the
 * item, into one block: the Item, then the GArray headers of its numbers'
 * arrays (the Number records keep GArray pointers), then the elements;
 * the item's own arrays become Arr offsets into the block.  An array equal
 * to an earlier one shares it (the names are often all the entities, the
 * negated concepts all the content).  Nothing may grow them after. */
G_STATIC_ASSERT (sizeof (Item) % 8 == 0);   /* the headers after it stay aligned */

static gsize
frozen_size (GArray *a)
{
  return (a->len * g_array_get_element_size (a) + 7) & ~(gsize) 7;
}

/* Same element size, length and elements (two unfrozen arrays, non-empty). */
static gboolean
same_array (GArray *a, GArray *b)
{
  /* the lengths first: most pairs differ there, and the element sizes
   * are calls into GLib (1.6M a making thread at AllSides p10) */
  if (a->len == 0 || a->len != b->len)
    return FALSE;
  guint size = g_array_get_element_size (a);
  return size == g_array_get_element_size (b) && memcmp (a->data, b->data, (gsize) a->len * size) == 0;
}

/* Done with array A of an item being built: one of L's build arrays is
 * emptied for the next item, any other freed. */
static void
release (CgLinker *l, GArray *a)
{
  for (guint i = 0; i < B_N; i++)
    if (a == l->build[i])
      {
        arr_cut (a, 0);
        return;
      }
  g_array_unref (a);
}

/* Copy A's elements to *CURSOR in BASE's block; A is released. */
static Arr
freeze_arr (CgLinker *l, gpointer base, GArray *a, char **cursor)
{
  Arr r = { 0, a->len };
  if (a->len)
    {
      r.off = (guint32) (*cursor - (char *) base);
      memcpy (*cursor, a->data, (gsize) a->len * g_array_get_element_size (a));
      *cursor += frozen_size (a);
    }
  release (l, a);
  return r;
}

/* A number's array: a GArray header in the block, or the shared empty one. */
static GArray empty_array;   /* data NULL, len 0: never written */

static GArray *
freeze_one (GArray *a, GArray **head, char **cursor)
{
  if (a->len == 0)
    {
      g_array_unref (a);
      return &empty_array;
    }
  gsize n = a->len * g_array_get_element_size (a);
  GArray *h = (*head)++;
  h->data = *cursor;
  h->len = a->len;
  memcpy (*cursor, a->data, n);
  *cursor += frozen_size (a);
  g_array_unref (a);
  return h;
}

/* Returns the frozen item, in L's chunks; IT's arrays are released. */
static Item *
freeze_item (CgLinker *l, Item *it)
{
  Arr *dst[12];
  guint n = 0;
  Item *frozen;
#define SLOT(f) (dst[n++] = &frozen->f##_f)
  gboolean shared = it->fragment == it->words;
  GArray *fragment = it->fragment, *frag_content = it->frag_content, *periods = it->periods;
  /* a direct quote's fragment is its words and content: shared */
  if (shared)
    {
      g_array_unref (it->fragment);
      g_array_unref (it->frag_content);
    }
  guint heads = 0;
  gsize bytes = 0;
  for (guint i = 0; i < it->numbers->len; i++)
    {
      Number *nb = &g_array_index (it->numbers, Number, i);
      heads += (nb->context->len > 0) + (nb->near->len > 0 && !same_array (nb->near, nb->context));
      bytes += frozen_size (nb->context) + (same_array (nb->near, nb->context) ? 0 : frozen_size (nb->near));
    }
  /* the arrays in slot order, to size the block before it exists */
  GArray *all[12] = { it->words, it->content, it->entities, it->names, it->negated, it->seq, it->cuelist,
                      it->years, it->numbers, periods, shared ? NULL : fragment, shared ? NULL : frag_content };
  gint same[12];
  for (guint i = 0; i < 12; i++)
    {
      same[i] = -1;
      if (all[i] == NULL)
        continue;
      for (guint j = 0; j < i && all[i]->len > 0; j++)
        if (all[j] && same[j] < 0 && same_array (all[j], all[i]))
          {
            same[i] = (gint) j;
            break;
          }
      if (same[i] < 0)
        bytes += frozen_size (all[i]);
    }
  gsize size = sizeof (Item) + heads * sizeof (GArray) + bytes;
  g_assert (size < NONE);
  frozen = item_alloc (l, size);
  *frozen = *it;
  SLOT (words);
  SLOT (content);
  SLOT (entities);
  SLOT (names);
  SLOT (negated);
  SLOT (seq);
  SLOT (cuelist);
  SLOT (years);
  SLOT (numbers);
  SLOT (periods);
  SLOT (fragment);
  SLOT (frag_content);
#undef SLOT
  GArray *head = (GArray *) (frozen + 1);
  char *cursor = (char *) (head + heads);
  for (guint i = 0; i < 12; i++)
    if (all[i] == NULL)
      *dst[i] = (Arr) { NONE, 0 };
    else if (same[i] >= 0)
      {
        release (l, all[i]);
        *dst[i] = *dst[same[i]];
      }
    else
      *dst[i] = freeze_arr (l, frozen, all[i], &cursor);
  if (shared)
    frozen->fragment_f = frozen->words_f, frozen->frag_content_f = frozen->content_f;
  /* the Numbers are the frozen ones now */
  GArray *numbers = ARR (frozen, numbers);
  for (guint i = 0; i < numbers->len; i++)
    {
      Number *nb = &g_array_index (numbers, Number, i);
      gboolean near_is_context = same_array (nb->near, nb->context);
      nb->context = freeze_one (nb->context, &head, &cursor);
      if (near_is_context)
        {
          g_array_unref (nb->near);
          nb->near = nb->context;
        }
      else
        nb->near = freeze_one (nb->near, &head, &cursor);
    }
  return frozen;
}

static gboolean
speaker_is_person (CgLinker *l, CgAssertion *a)
{
  if (a->speaker_id == NULL)
    return FALSE;
  gpointer k = g_hash_table_lookup (l->speaker_kinds, a->speaker_id);
  return k == NULL || GPOINTER_TO_UINT (k) - 1 == CG_SPEAKER_PERSON;
}

/* ---- one assertion into an item ----------------------------------------- */

/* Does the text speak of its speaker?  Its first word ("that" skipped) is
 * a first-person pronoun, or, in a person's reported speech, a
 * third-person one: "he was once part of the so-called establishment",
 * reported from Trump, is Trump's "I was".  Two such texts of different
 * speakers are about different people whatever words they share.  The
 * words are read here; the speaker, known only at linking, in
 * make_item(). */
static void
self_words (CgLinker *l, char *const *words, const guint32 *ids, guint n, bool *first, bool *reported)
{
  guint pos = 0;
  CgLexMatch m;
  if (n > 1 && strcmp (words[0], "that") == 0)
    pos = 1;
  *first = *reported = false;
  if (n == 0)
    return;
  *first = cg_lexicon_match_ids (l->prep_lex, LX_FIRST, ids, n, pos, &m);
  *reported = cg_lexicon_match_ids (l->prep_lex, LX_REPORTED, ids, n, pos, &m);
}

/* Can a phrase of list LIST start at token I, whose word's lists
 * (single | multi of its CgLexWord) are SETS[I]?  The test
 * cg_lexicon_match_ids_at() makes first, without its call: most words
 * start no phrase of the list. */
static inline gboolean
in_list (const guint64 *sets, guint i, guint list)
{
  return (sets[i] >> list) & 1;
}

/* The [periods] phrases of the text ("each day", "last month"), as the
 * rules spell them: figures for different periods do not conflict.
 * Returns a new array of rule-owned strings, or NULL for none. */
static GPtrArray *
periods_of (CgLinker *l, const guint32 *ids, const guint64 *sets, guint n)
{
  GPtrArray *phrases = NULL;
  for (guint i = 0; i < n; i++)
    {
      CgLexMatch m;
      if (!in_list (sets, i, LX_PERIODS) || !cg_lexicon_match_ids (l->prep_lex, LX_PERIODS, ids, n, i, &m))
        continue;
      if (phrases == NULL)
        phrases = g_ptr_array_new ();
      g_ptr_array_add (phrases, m.rule->phrase);
      i += m.len - 1;
    }
  return phrases;
}

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
  /* The store calls in once per article with its growing list of articles:
   * read only the ones added since the last call, or ingest would parse
   * articles x articles dates.  Ids are never reused, so entries stay true. */
  guint from = (articles == l->days_articles && articles && articles->len >= l->days_seen) ? l->days_seen : 0;
  for (guint i = from; articles && i < articles->len; i++)
    {
      CgArticle *a = g_ptr_array_index (articles, i);
      gint64 day = parse_day (a->date);
      if (a->id && day >= 0)
        g_hash_table_replace (l->days, g_strdup (a->id), GSIZE_TO_POINTER ((gsize) day + 1));
    }
  l->days_articles = articles;
  l->days_seen = articles ? articles->len : 0;
}

static gboolean
is_content_flags (guint flags)
{
  return !(flags & (CG_NORM_STOP | CG_NORM_NEGATION));
}


/* Did a part/whole or bound qualifier ("at least", "of which") end right
 * before token I?  IDS are the tokens' prep_lex word ids; a phrase may
 * start up to four tokens back. */
/* Is WORD digits written with letters ("3d", "25th"; not "1,300",
 * "4.5", a number word, "three", or a decade, "1970s", which tells a
 * time as a figure does: "Murray repeatedly molested him in the 1970s")? */
static gboolean
digits_with_letters (const char *word)
{
  gboolean digit = FALSE, letter = FALSE;
  const char *c = word;
  for (; c && *c; c++)
    {
      digit |= g_ascii_isdigit (*c);
      letter |= g_ascii_isalpha (*c);
    }
  gsize n = word ? (gsize) (c - word) : 0;
  if (n >= 3 && word[n - 1] == 's' && g_ascii_isdigit (word[n - 2]) && word[n - 2] == '0')
    return FALSE;
  return digit && letter;
}

static gboolean
part_before (CgLinker *l, const guint32 *ids, guint i)
{
  for (guint k = i >= 4 ? i - 4 : 0; k < i; k++)
    {
      CgLexMatch m;
      if (cg_lexicon_match_ids (l->prep_lex, LX_PART, ids, i, k, &m) && k + m.len == i)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_quote_mark (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB;
}

/* The longest quoted fragment of a mixed quote ('it was all a "phony
 * witch hunt"'), the whole text of a direct one; NULL for the others.
 * Returns a new string. */
static char *
quoted_fragment (CgAssertion *a)
{
  if (a->text == NULL)
    return NULL;
  if (a->kind == CG_KIND_DIRECT)
    return g_strdup (a->text);
  if (a->kind != CG_KIND_MIXED)
    return NULL;
  const char *open = NULL, *best = NULL;
  gsize best_len = 0;
  for (const char *p = a->text; *p; p = g_utf8_next_char (p))
    {
      if (!is_quote_mark (g_utf8_get_char (p)))
        continue;
      if (open == NULL)
        open = g_utf8_next_char (p);
      else
        {
          if ((gsize) (p - open) > best_len)
            best = open, best_len = (gsize) (p - open);
          open = NULL;
        }
    }
  /* a fragment left open runs to the end ("... it was a "phony witch hunt") */
  if (open && strlen (open) > best_len)
    best = open, best_len = strlen (open);
  return best ? g_strndup (best, best_len) : NULL;
}

/* Does the text ask rather than assert?  Its last mark is a question
 * mark, quote marks and spaces aside. */
static gboolean
is_question (const char *text)
{
  if (text == NULL)
    return FALSE;
  const char *end = text + strlen (text);
  while (end > text)
    {
      const char *p = g_utf8_prev_char (end);
      gunichar c = g_utf8_get_char (p);
      if (c == '?' || c == 0xFF1F)
        return TRUE;
      if (!g_unichar_isspace (c) && !is_quote_mark (c) && c != '\'' && c != 0x2019 && c != ')')
        return FALSE;
      end = p;
    }
  return FALSE;
}

/* Does TEXT, which ends in a question, state a sentence before it ("We
 * are asking the president to open up government. Why would he not do
 * it?")?  A sentence ends at a '.' or '!' after a lowercase word of two
 * letters or more (not "Mr." or "U.S."), before a space and a capital. */
static gboolean
asserts_before (const char *text)
{
  for (const char *p = text; *p; p++)
    {
      if ((*p != '.' && *p != '!') || p[1] != ' ' || !g_ascii_isupper (p[2]))
        continue;
      if (*p == '!')
        return TRUE;
      guint k = 0;
      while (p - k > text && g_ascii_islower (p[-(long) k - 1]))
        k++;
      if (k >= 2 && (p - k == text || !g_ascii_isalpha (p[-(long) k - 1])) && p[-(long) k - 1] != '.')
        return TRUE;
    }
  return FALSE;
}

/* Is the negation cue at token I a noun's modifier ("Muslims who are not
 * American citizens": a relative pronoun before it, stopwords between) or
 * in a conditional clause ("If you're not voting for Trump")? */
static gboolean
inert_cue (GArray *toks, const guint64 *sets, guint i)
{
  for (guint k = i, stops = 0; k-- > 0;)
    {
      CgNormToken *t = &g_array_index (toks, CgNormToken, k);
      if (stops < 3 && (sets[k] >> LX_RELATIVE & 1))
        return TRUE;
      if (sets[k] >> LX_CONDITIONAL & 1)
        return TRUE;
      stops += (t->flags & CG_NORM_STOP) != 0 ? 1 : 3;
      if (t->flags & CG_NORM_BREAK)
        break;
    }
  return FALSE;
}

/* The word of TEXT ending before END (spaces skipped), casefolded and
 * without apostrophes ("didn’t" -> "didnt"), and where it starts in
 * *START; NULL when none.  Returns a new string the caller frees. */
static char *
word_before (const char *text, const char *end, const char **start)
{
  const char *e = end;
  while (e > text && e[-1] == ' ')
    e--;
  const char *b = e;
  while (b > text)
    {
      const char *q = g_utf8_find_prev_char (text, b);
      gunichar c = g_utf8_get_char (q);
      if (!g_unichar_isalnum (c) && c != '\'' && c != 0x2019)
        break;
      b = q;
    }
  if (b == e)
    return NULL;
  *start = b;
  GString *w = g_string_sized_new (e - b);
  for (const char *q = b; q < e; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);
      if (c != '\'' && c != 0x2019)
        g_string_append_unichar (w, g_unichar_tolower (c));
    }
  return g_string_free (w, FALSE);
}

/* Does TEXT deny a word, not a deed?  A do-auxiliary's negation right
 * before an opening quote mark disputes the quoted word and restates the
 * deed in its own ("John Roberts didn't 'side with' the liberal wing
 * ..., HE IS A LIBERAL"); a noun's denial ("is no 'witch hunt'") still
 * denies.  Then its [word_denials] cues deny nothing. */
static gboolean
denies_word (CgLinker *l, const char *text)
{
  if (text == NULL || cg_lexicon_size (l->word_denials) == 0)
    return FALSE;
  for (const char *q = text; *q; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);
      if (!(c == '\'' || c == '"' || c == 0x2018 || c == 0x201C) || q == text || q[-1] != ' ')
        continue;
      const char *start;
      char *w = word_before (text, q, &start);
      gboolean found = w && cg_lexicon_lookup (l->word_denials, w);
      if (w && !found)
        {
          const char *s2;
          char *w2 = word_before (text, start, &s2);
          if (w2)
            {
              char *both = g_strconcat (w2, " ", w, NULL);
              found = cg_lexicon_lookup (l->word_denials, both) != NULL;
              g_free (both);
              g_free (w2);
            }
        }
      g_free (w);
      if (found)
        return TRUE;
    }
  return FALSE;
}

/* Is the negation cue at token I of WORDS (N of them) a [word_denials]
 * cue ("didnt", or "not" after "did")? */
static gboolean
word_denial_cue (CgLinker *l, char **words, guint n, guint i)
{
  /* the normalizer keeps a contraction's apostrophe ("didn't") */
  char bare[32];
  guint k = 0;
  for (const char *c = words[i]; *c && k + 1 < sizeof bare; c++)
    if (*c != '\'')
      bare[k++] = *c;
  bare[k] = '\0';
  if (cg_lexicon_lookup (l->word_denials, bare))
    return TRUE;
  guint len = 0;
  return i > 0 && cg_lexicon_match (l->word_denials, words, n, i - 1, &len) != NULL && len == 2;
}

/* ---- what can be read off an assertion alone ----------------------------
 *
 * Normalizing the text and reading the rules' word lists off it is most of
 * the work per assertion and needs nothing from the other assertions, so
 * cg_linker_prepare() does it, on any thread; make_item() then only
 * interns the stems and builds the item, on the linking thread. */

/* Bits of a token read off the rules, so the linking thread looks up no
 * word. */
enum {
  TOK_PRON = 1 << 0,      /* a [pronouns] word */
  TOK_COND = 1 << 1,      /* a negation.rules [conditional] word */
  TOK_CONTRAST = 1 << 2,  /* a negation.rules [contrast] word */
  TOK_INERT = 1 << 3,     /* a negation cue that denies nothing (inert_cue()) */
  TOK_REFUTE = 1 << 4,    /* a negation cue that is a refutation phrase */
  TOK_PART = 1 << 5,      /* a number after a part/whole qualifier (part_before()) */
  TOK_DENIAL_END = 1 << 6, /* a negation.rules [denial_ends] phrase starts here */
  TOK_LABEL = 1 << 7       /* digits written with letters: an ordinal or a label's ("3D", "25th") */
};

/* A normalized token as make_item() reads it: what it needs of a
 * CgNormToken, the hashes intern_hashed() takes, and its rule bits. */
typedef struct {
  const char *stem, *concept;   /* in the PText's block */
  const char *unit;             /* rule-owned */
  double      value;
  guint64     stem_hash, concept_hash;
  guint64     stem_short, concept_short; /* their short_key()s */
  guint16     flags;            /* CgNormFlags */
  guint8      bits;             /* TOK_* */
  guint8      words;            /* words in it: a synonym phrase ("witch hunt") is several */
  guint8      unit_after;       /* a figure's [value_units] unit right after it: its bit + 1, or 0 */
} PTok;

/* A CgNormText made compact: one block for the tokens and their strings,
 * so a prepared batch is small while it waits and the linking thread
 * frees one block per text, not three strings per token. */
typedef struct {
  PTok *toks;       /* the block, or NULL */
  guint n, negations, non_negations, opened;
} PText;

static gboolean
is_content (const PTok *t)
{
  return is_content_flags (t->flags);
}

typedef struct {
  PText         text;        /* the text */
  PText         ftext;       /* a mixed quote's longest quoted fragment (toks NULL: none) */
  char         *frag;        /* the fragment's text (owned until an item takes it) */
  GPtrArray    *periods;     /* [periods] phrases (rule-owned) in text order, or NULL */
  const CgRule *refute;      /* the cue text's refutation phrase, or NULL */
  const CgRule *negcue;      /* its negation cue, or NULL */
  const CgRule *idiom;       /* a [idioms] phrase in the text, or NULL */
  guint         idiom_content; /* the content tokens it covers */
  bool          unknown;     /* its cue leaves the text open ("it is not known if") */
  bool          factive;     /* its cue is a [factive_cues] word: negated, it denies nothing */
  bool          question, asks, partial, hedged, privative, predicate, document, phrase;
  bool          self_first, self_reported; /* see self_words() */
  guint16       units, unit_phrases; /* Item.units, Item.unit_phrases */
  guint64      *bands;       /* the LSH band keys of the content concepts (shingle 1), or NULL */
  bool          slab;        /* text, ftext and bands belong to a batch's Slab, not to P */
} Prep;

/* The blocks of a batch's prepared texts and band keys, carved from a few
 * large ones and freed with the batch.  Each had been a block of its own,
 * freed by the linking thread into the preparing worker's arena under
 * that arena's lock: three a linked assertion. */
typedef struct {
  GPtrArray *blocks;         /* char*, owned; NULL until the first */
  char      *pos;
  gsize      left;
} Slab;

#define SLAB_BLOCK (32 * 1024)

/* SIZE bytes of S, 16-aligned; they live until S's blocks are freed. */
static gpointer
slab_alloc (Slab *s, gsize size)
{
  size = (size + 15) & ~(gsize) 15;
  if (size > s->left)
    {
      gsize bytes = MAX (size, SLAB_BLOCK);
      if (s->blocks == NULL)
        s->blocks = g_ptr_array_new_with_free_func (g_free);
      s->pos = g_malloc (bytes);
      s->left = bytes;
      g_ptr_array_add (s->blocks, s->pos);
    }
  gpointer out = s->pos;
  s->pos += size, s->left -= size;
  return out;
}

struct _CgLinkBatch {
  GPtrArray *assertions;     /* a reference */
  Prep      *preps;          /* one per assertion; emptied as items are made */
  Slab       slab;           /* the preps' blocks */
};

/* NT (freed) as a PText, with BITS and UNIT_AFTER (PTok's; either may
 * be NULL) per token; its block from SLAB, or its own when SLAB is NULL. */
static PText
compact (CgNormText *nt, const guint8 *bits, const guint8 *unit_after, Slab *slab)
{
  GArray *toks = nt->tokens;
  guint n = toks->len;
  PText pt = { NULL, n, nt->negations, nt->non_negations, nt->opened };
  /* first each string hashed and measured once, then the records with
   * room for the strings after them, in one allocation (the records
   * allocated first and grown for the strings was a move of the block
   * per text); the normalizer gives most tokens one string for stem and
   * concept: no compare then, and the stem's hash and length it keeps per
   * distinct word (CgNormToken.stem_hash: walking every stem again, and
   * every word for its blanks, was a third of compact()) */
  guint32 lens_stack[2 * 64], *lens = n <= 64 ? lens_stack : g_new (guint32, 2 * (gsize) n);
  guint64 hash_stack[2 * 64], *hashes = n <= 64 ? hash_stack : g_new (guint64, 2 * (gsize) n);
  gsize bytes = 0;
  for (guint i = 0; i < n; i++)
    {
      CgNormToken *t = &g_array_index (toks, CgNormToken, i);
      gsize ls, lc = 0;
      if (t->stem_hash)
        hashes[2 * i] = t->stem_hash, ls = t->stem_len;
      else
        hashes[2 * i] = hash_len (t->stem, &ls);
      if (t->concept == t->stem || strcmp (t->concept, t->stem) == 0)
        hashes[2 * i + 1] = hashes[2 * i];
      else
        hashes[2 * i + 1] = hash_len (t->concept, &lc), lc++;
      lens[2 * i] = (guint32) ls + 1, lens[2 * i + 1] = (guint32) lc;
      bytes += ls + 1 + lc;
    }
  gsize size = sizeof (PTok) * n + bytes + 1;
  PTok *o = slab ? slab_alloc (slab, size) : g_malloc (size);
  pt.toks = o;
  char *str = (char *) (o + n);
  for (guint i = 0; i < n; i++)
    {
      CgNormToken *t = &g_array_index (toks, CgNormToken, i);
      o[i].stem = memcpy (str, t->stem, lens[2 * i]);
      str += lens[2 * i];
      if (lens[2 * i + 1] == 0)
        o[i].concept = o[i].stem;
      else
        {
          o[i].concept = memcpy (str, t->concept, lens[2 * i + 1]);
          str += lens[2 * i + 1];
        }
      o[i].stem_hash = hashes[2 * i];
      o[i].concept_hash = hashes[2 * i + 1];
      o[i].stem_short = short_key (o[i].stem, lens[2 * i] - 1);
      o[i].concept_short = lens[2 * i + 1] == 0 ? o[i].stem_short : short_key (o[i].concept, lens[2 * i + 1] - 1);
      o[i].unit = t->unit;
      o[i].value = t->value;
      o[i].flags = (guint16) t->flags;
      o[i].bits = bits ? bits[i] : 0;
      o[i].unit_after = unit_after ? unit_after[i] : 0;
      /* a token the normalizer hashed is one word */
      guint w = 1;
      for (const char *q = t->stem_hash ? "" : t->word; *q; q++)
        w += *q == ' ';
      o[i].words = (guint8) MIN (w, G_MAXUINT8);
    }
  if (lens != lens_stack)
    g_free (lens);
  if (hashes != hash_stack)
    g_free (hashes);
  cg_norm_text_free (nt);
  return pt;
}

static guint64 band_key (const guint64 *sig, guint band, guint rows);

#ifdef HAVE_MINHASH_X8
typedef guint64 U64x8 __attribute__ ((vector_size (64)));

/* minhash_add() eight values at a time, for CPUs with AVX-512: each lane
 * computes what the plain loop does, so the signatures are the same.
 * Folding the seeds into the signature was a fifth of preparing. */
__attribute__ ((target ("avx512f,avx512dq"))) static void
minhash_add_x8 (guint64 *sig, const guint64 *seeds, guint n, guint64 h)
{
  for (guint k = 0; k < n; k += 8)
    {
      U64x8 x, m;
      memcpy (&x, seeds + k, sizeof x);
      memcpy (&m, sig + k, sizeof m);
      x ^= h;
      x += 0x9e3779b97f4a7c15ULL;
      x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
      x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
      x ^= x >> 31;
      U64x8 lt = (U64x8) (x < m);
      m = (x & lt) | (m & ~lt);
      memcpy (sig + k, &m, sizeof m);
    }
}

/* The low 64 bits of A times the constant whose halves are CLO and CHI
 * (in each lane): AVX2 multiplies 32 by 32 bits only, and the high half
 * of A times CHI falls out of the low 64 bits. */
__attribute__ ((target ("avx2"))) static inline __m256i
mul64_x4 (__m256i a, __m256i clo, __m256i chi)
{
  __m256i lo = _mm256_mul_epu32 (a, clo);
  __m256i cross = _mm256_add_epi64 (_mm256_mul_epu32 (_mm256_srli_epi64 (a, 32), clo), _mm256_mul_epu32 (a, chi));
  return _mm256_add_epi64 (lo, _mm256_slli_epi64 (cross, 32));
}

/* mix64() of each lane. */
__attribute__ ((target ("avx2"))) static inline __m256i
mix64_x4 (__m256i x)
{
  const __m256i c1lo = _mm256_set1_epi64x (0x1ce4e5b9LL), c1hi = _mm256_set1_epi64x (0xbf58476dLL);
  const __m256i c2lo = _mm256_set1_epi64x (0x133111ebLL), c2hi = _mm256_set1_epi64x (0x94d049bbLL);
  x = _mm256_add_epi64 (x, _mm256_set1_epi64x ((long long) 0x9e3779b97f4a7c15ULL));
  x = mul64_x4 (_mm256_xor_si256 (x, _mm256_srli_epi64 (x, 30)), c1lo, c1hi);
  x = mul64_x4 (_mm256_xor_si256 (x, _mm256_srli_epi64 (x, 27)), c2lo, c2hi);
  return _mm256_xor_si256 (x, _mm256_srli_epi64 (x, 31));
}

/* band_keys() four bands at a time, for CPUs with AVX2 (AVX-512 ones
 * too): each lane computes what band_key() and posting_key() do, so the
 * keys are the same; BAND_SEEDS holds mix64 (b + 1) for each band B.
 * Each block of bands is read before its keys are written, and writes
 * only slots below those the next block reads. */
__attribute__ ((target ("avx2"))) static guint
band_keys_x4 (guint64 *sig, const guint64 *band_seeds, guint bands, guint rows)
{
  const __m256i kind = _mm256_set1_epi64x ((long long) (KEY_BAND * 0x9e3779b97f4a7c15ULL));
  guint b = 0;
  for (; b + 4 <= bands; b += 4)
    {
      __m256i h = _mm256_loadu_si256 ((const __m256i *) (band_seeds + b));
      const guint64 *r0 = sig + b * rows;
      for (guint r = 0; r < rows; r++)
        {
          __m256i v = _mm256_set_epi64x ((long long) r0[3 * rows + r], (long long) r0[2 * rows + r],
                                         (long long) r0[rows + r], (long long) r0[r]);
          h = mix64_x4 (_mm256_xor_si256 (h, v));
        }
      h = mix64_x4 (mix64_x4 (_mm256_add_epi64 (h, kind)));
      _mm256_storeu_si256 ((__m256i *) (sig + b), h);
    }
  return b;
}

/* minhash_add() of each of the NH shingles hashed HS into SIG, for CPUs
 * with AVX2 but not AVX-512 (and valgrind, which has no AVX-512): each
 * lane computes what the plain loop does, so the signatures are the
 * same.  Eight values at a time, their minima kept in registers over all
 * the shingles; the minima are compared signed with the top bit flipped,
 * as AVX2 has no unsigned 64-bit compare.  N is a multiple of 8. */
__attribute__ ((target ("avx2"))) static void
minhash_fold_x4 (guint64 *sig, const guint64 *seeds, guint n, const guint64 *hs, guint nh)
{
  const __m256i top = _mm256_set1_epi64x ((long long) 0x8000000000000000ULL);
  for (guint k = 0; k < n; k += 8)
    {
      __m256i s0 = _mm256_loadu_si256 ((const __m256i *) (seeds + k));
      __m256i s1 = _mm256_loadu_si256 ((const __m256i *) (seeds + k + 4));
      __m256i m0 = _mm256_xor_si256 (_mm256_loadu_si256 ((const __m256i *) (sig + k)), top);
      __m256i m1 = _mm256_xor_si256 (_mm256_loadu_si256 ((const __m256i *) (sig + k + 4)), top);
      for (guint i = 0; i < nh; i++)
        {
          __m256i h = _mm256_set1_epi64x ((long long) hs[i]);
          /* the top bit flipped for the signed compare */
          __m256i x0 = _mm256_xor_si256 (mix64_x4 (_mm256_xor_si256 (s0, h)), top);
          __m256i x1 = _mm256_xor_si256 (mix64_x4 (_mm256_xor_si256 (s1, h)), top);
          m0 = _mm256_blendv_epi8 (m0, x0, _mm256_cmpgt_epi64 (m0, x0));
          m1 = _mm256_blendv_epi8 (m1, x1, _mm256_cmpgt_epi64 (m1, x1));
        }
      _mm256_storeu_si256 ((__m256i *) (sig + k), _mm256_xor_si256 (m0, top));
      _mm256_storeu_si256 ((__m256i *) (sig + k + 4), _mm256_xor_si256 (m1, top));
    }
}
#endif

gboolean
cg_linker_set_vectors (CgLinker *l, gboolean use)
{
  g_return_val_if_fail (l != NULL, FALSE);
  l->mh_width = 0;
  l->avx2 = l->popcnt = FALSE;
#ifdef HAVE_MINHASH_X8
  /* band_keys_x4() runs with either width: AVX2 is asked of both */
  if (use && __builtin_cpu_supports ("avx512f") && __builtin_cpu_supports ("avx512dq") && __builtin_cpu_supports ("avx2"))
    l->mh_width = 8;
  else if (use && __builtin_cpu_supports ("avx2"))
    l->mh_width = 4;
  l->avx2 = use && __builtin_cpu_supports ("avx2");
#ifdef HAVE_POPCNT_HW
  l->popcnt = use && __builtin_cpu_supports ("popcnt");
#endif
#else
  (void) use;
#endif
  return l->mh_width || l->avx2 || l->popcnt;
}

guint
cg_linker_set_minhash_width (CgLinker *l, guint width)
{
  g_return_val_if_fail (l != NULL, 0);
  l->mh_width = 0;
#ifdef HAVE_MINHASH_X8
  if (width == 8 && __builtin_cpu_supports ("avx512f") && __builtin_cpu_supports ("avx512dq") && __builtin_cpu_supports ("avx2"))
    l->mh_width = 8;
  else if (width == 4 && __builtin_cpu_supports ("avx2"))
    l->mh_width = 4;
#else
  (void) width;
#endif
  return l->mh_width;
}

guint64
cg_linker_set_retire (CgLinker *l, gboolean retire)
{
  g_return_val_if_fail (l != NULL, 0);
  l->retire = retire;
  return l->n_retired;
}

void
cg_linker_set_marks (CgLinker *l, gboolean use)
{
  g_return_if_fail (l != NULL);
  l->no_marks = !use;
}

void
cg_linker_set_candidate_bound (CgLinker *l, gboolean use)
{
  g_return_if_fail (l != NULL);
  l->candidate_bound = use;
}

void
cg_linker_set_sentence_bound (CgLinker *l, gboolean use)
{
  g_return_if_fail (l != NULL);
  l->no_bound = !use;
}

/* MinHash: fold the shingle hashed H into the signature SIG. */
static inline void
minhash_add (CgLinker *l, guint64 *sig, guint64 h)
{
#ifdef HAVE_MINHASH_X8
  if (l->mh_width == 8)
    {
      minhash_add_x8 (sig, l->seeds, SIG_LEN (l), h);
      return;
    }
  if (l->mh_width == 4)
    {
      minhash_fold_x4 (sig, l->seeds, SIG_LEN (l), &h, 1);
      return;
    }
#endif
  guint n = l->bands * l->rows;
  for (guint k = 0; k < n; k++)
    {
      guint64 v = mix64 (h ^ l->seeds[k]);
      if (v < sig[k])
        sig[k] = v;
    }
}

/* minhash_add() of each of the NH shingles hashed HS into SIG: with AVX2
 * the minima stay in registers over the shingles (the portable loop was
 * a third of preparing an assertion under valgrind). */
static void
minhash_fold (CgLinker *l, guint64 *sig, const guint64 *hs, guint nh)
{
#ifdef HAVE_MINHASH_X8
  if (l->mh_width == 4)
    {
      minhash_fold_x4 (sig, l->seeds, SIG_LEN (l), hs, nh);
      return;
    }
#endif
  for (guint i = 0; i < nh; i++)
    minhash_add (l, sig, hs[i]);
}

guint
cg_linker_signature (CgLinker *l, const guint64 *hashes, guint n, guint64 *sig, guint sig_len)
{
  g_return_val_if_fail (l != NULL && (n == 0 || hashes != NULL), 0);
  guint want = l->bands * l->rows;
  if (sig_len < want)
    return 0;
  guint64 *work = g_new (guint64, SIG_LEN (l));
  for (guint k = 0; k < SIG_LEN (l); k++)
    work[k] = G_MAXUINT64;
  guint64 *mixed = g_new (guint64, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    mixed[i] = mix64 (hashes[i]);
  minhash_fold (l, work, mixed, n);
  g_free (mixed);
  memcpy (sig, work, want * sizeof *sig);
  g_free (work);
  return want;
}

/* SIG's band keys into its first l->bands values (each band is read
 * before its slot is overwritten: band b reads b * rows and after). */
static void
band_keys (CgLinker *l, guint64 *sig)
{
  guint b = 0;
#ifdef HAVE_MINHASH_X8
  if (l->mh_width != 0)
    b = band_keys_x4 (sig, l->band_seeds, l->bands, l->rows);
#endif
  for (; b < l->bands; b++)
    sig[b] = posting_key (KEY_BAND, band_key (sig, b, l->rows), 0);
}

/* The band keys of the text's content concepts, the MinHash work of
 * signature() done ahead: with one concept a shingle, the signature is
 * the minimum over the set, which needs neither the interned ids nor
 * their order.  NULL for longer shingles or no content.  From SLAB,
 * or a new array when SLAB is NULL. */
static guint64 *
prep_bands (CgLinker *l, const PText *t, Slab *slab)
{
  if (l->shingle != 1)
    return NULL;
  /* the signature is a minimum over the set: a concept repeated in the
   * text is hashed once.  A short text tests each concept against those
   * kept; a long one sorts, since that test is quadratic (a 13 MB
   * quotation of 2.2 million distinct words ran for hours). */
  guint64 stack[64], *hs = t->n <= G_N_ELEMENTS (stack) ? stack : g_new (guint64, t->n);
  guint nh = 0;
  for (guint i = 0; i < t->n; i++)
    if (is_content (&t->toks[i]))
      hs[nh++] = t->toks[i].concept_hash;
  if (nh > G_N_ELEMENTS (stack))
    {
      sort_u64 (hs, nh);
      guint m = 1;
      for (guint i = 1; i < nh; i++)
        if (hs[i] != hs[m - 1])
          hs[m++] = hs[i];
      nh = m;
    }
  else
    {
      guint m = 0;
      for (guint i = 0; i < nh; i++)
        {
          guint k = 0;
          while (k < m && hs[k] != hs[i])
            k++;
          if (k == m)
            hs[m++] = hs[i];
        }
      nh = m;
    }
  guint64 *sig = NULL;
  if (nh > 0)
    {
      sig = slab ? slab_alloc (slab, SIG_LEN (l) * sizeof *sig) : g_new (guint64, SIG_LEN (l));
      for (guint k = 0; k < SIG_LEN (l); k++)
        sig[k] = G_MAXUINT64;
      for (guint i = 0; i < nh; i++)
        hs[i] = mix64 (hs[i]);
      minhash_fold (l, sig, hs, nh);
      band_keys (l, sig);
    }
  if (hs != stack)
    g_free (hs);
  return sig;
}

guint
cg_linker_text_bands (CgLinker *l, const char *text, guint64 *keys, guint n_keys)
{
  g_return_val_if_fail (l != NULL && text != NULL, 0);
  if (n_keys < l->bands)
    return 0;
  PText t = compact (cg_normalize (l->norm, text), NULL, NULL, NULL);
  guint64 *sig = prep_bands (l, &t, NULL);
  guint n = sig ? l->bands : 0;
  if (sig)
    memcpy (keys, sig, n * sizeof *keys);
  g_free (sig);
  g_free (t.toks);
  return n;
}

/* Fill P for A with NORM (a normalizer no other thread uses), its blocks
 * from SLAB (may be NULL: blocks of its own).  Reads only what
 * cg_linker_new() built, so any number of threads may run it at once,
 * also while the linker links. */
static void
prep_one (CgLinker *l, CgNormalizer *norm, CgAssertion *a, Prep *p, Slab *slab)
{
  memset (p, 0, sizeof *p);
  p->slab = slab != NULL;
  CgNormText *nt = cg_normalize (norm, a->text);
  GArray *toks = nt->tokens;
  p->question = is_question (a->text);
  /* each token's word looked up once in prep_lex: its id for the phrase
   * lists, and the lists it is in (or starts a phrase of) for the sets */
  guint n = toks->len;
  /* most texts are short: their scratch on the stack (four allocations
   * per assertion otherwise) */
  char *words_stack[64 + 1];
  guint32 ids_stack[64 + 1];
  guint64 sets_stack[64 + 1];
  guint8 bits_stack[64 + 1];
  gboolean small = n <= 64;
  char **words = small ? words_stack : g_new (char *, n + 1);
  guint32 *ids = small ? ids_stack : g_new (guint32, n + 1);
  guint64 *sets = small ? sets_stack : g_new (guint64, n + 1);
  gboolean side = cg_normalizer_side_lexicon (norm) == l->prep_lex;
  for (guint i = 0; i < n; i++)
    {
      words[i] = g_array_index (toks, CgNormToken, i).word;
      const CgLexWord *w = side ? g_array_index (toks, CgNormToken, i).side : cg_lexicon_word (l->prep_lex, words[i], -1);
      ids[i] = w ? w->id : 0;
      sets[i] = w ? w->single | w->multi : 0;
    }
  words[n] = NULL;
  self_words (l, words, ids, n, &p->self_first, &p->self_reported);
  /* "whether Sen. Cruz disavowed ...", "why the United States would
   * work with Russia": an indirect question asserts nothing either */
  CgLexMatch m;
  gboolean opener = cg_lexicon_match_ids (l->prep_lex, LX_QUESTION, ids, n, 0, &m);
  /* a quote is no reported question: "How ridiculous, we're the only
   * country ..." exclaims; a manner opener ("how", "why") asks only
   * after an asking cue ("asked how"): "told others how he had been
   * stopped on the New Jersey Turnpike" reports that he was */
  gboolean reported_question = opener && a->kind != CG_KIND_DIRECT;
  if (reported_question && cg_rule_attr (m.rule, "manner") != NULL)
    reported_question = cg_normalizer_has_phrase (norm, l->asking_cues, a->cue_text, NULL);
  /* a question that lost its mark, its verb before its subject at a
   * capital: "the payment to Stormy Daniels 2017 '18 Did you know about
   * the $130,000 payment to Stormy Daniels" (a quiz cut into the text); a
   * text marking a question elsewhere asks only there ("He asked, 'Do you
   * think Americans care about Ukraine?' He used the F-word ...") */
  gboolean marked = a->text && (strchr (a->text, '?') || strstr (a->text, "\xef\xbc\x9f"));
  for (guint i = 0; i < n && !p->question && !opener && !marked; i++)
    if ((g_array_index (toks, CgNormToken, i).flags & CG_NORM_CAPITALIZED) && cg_lexicon_match (l->inverted, words, n, i, NULL))
      p->question = true;
  p->asks = reported_question || (p->question && !asserts_before (a->text));
  if (opener)
    p->question = true;
  p->partial = cg_lexicon_match_ids (l->prep_lex, LX_FRAGMENT, ids, n, 0, &m);
  /* a clause of time before the claim ("Before the event was done,
   * Clinton and Trump did shake hands" / "As they entered the debate
   * hall ..., Clinton and Trump did not shake hands") holds it at one
   * moment of an event, which another moment does not contradict */
  if (!p->partial && cg_lexicon_match_ids (l->prep_lex, LX_MOMENT, ids, n, 0, &m))
    for (guint i = m.len + 1; i < n && !p->partial; i++)
      p->partial = (g_array_index (toks, CgNormToken, i).flags & CG_NORM_BREAK) != 0;
  p->periods = periods_of (l, ids, sets, n);
  /* a negation cue of several words is one token: read it as the
   * [periods] phrase it may be ("has yet to": a state at one time) */
  for (guint i = 0; i < n; i++)
    {
      const CgNormToken *t = &g_array_index (toks, CgNormToken, i);
      if (!(t->flags & CG_NORM_NEGATION) || strchr (t->word, ' ') == NULL)
        continue;
      char **parts = g_strsplit (t->word, " ", -1);
      guint np = g_strv_length (parts);
      guint32 *pids = g_new (guint32, np + 1);
      for (guint k = 0; k < np; k++)
        {
          const CgLexWord *w = cg_lexicon_word (l->prep_lex, parts[k], -1);
          pids[k] = w ? w->id : 0;
        }
      CgLexMatch pm;
      if (cg_lexicon_match_ids (l->prep_lex, LX_PERIODS, pids, np, 0, &pm) && pm.len == np)
        {
          if (p->periods == NULL)
            p->periods = g_ptr_array_new ();
          g_ptr_array_add (p->periods, pm.rule->phrase);
        }
      g_free (pids);
      g_strfreev (parts);
    }
  for (guint i = 0; i < n && !p->hedged; i++)
    p->hedged = in_list (sets, i, LX_HEDGES) && cg_lexicon_match_ids (l->prep_lex, LX_HEDGES, ids, n, i, &m);
  for (guint i = 0; i < n && !p->privative; i++)
    p->privative = in_list (sets, i, LX_PRIVATIVES) && cg_lexicon_match_ids (l->prep_lex, LX_PRIVATIVES, ids, n, i, &m);
  for (guint i = 0; i < n && !p->predicate; i++)
    p->predicate = in_list (sets, i, LX_PREDICATES) && cg_lexicon_match_ids (l->prep_lex, LX_PREDICATES, ids, n, i, &m);
  /* a unit is an amount's only after a figure ("10 days", "two weeks") or
   * as its own phrase ("a week", "millions"): "last week", "this month",
   * "decades-old" date or qualify what is said, whatever the unit; the
   * figure keeps the unit (make_item() converts its value) */
  guint8 unit_after_stack[64 + 1], *unit_after = NULL;
  for (guint i = 0; i < n; i++)
    if (in_list (sets, i, LX_UNITS) && cg_lexicon_match_ids (l->prep_lex, LX_UNITS, ids, n, i, &m))
      {
        gboolean after = cg_rule_attr (m.rule, "after_number") != NULL;
        if (after && (i == 0 || (g_array_index (toks, CgNormToken, i - 1).flags & (CG_NORM_NUMBER | CG_NORM_YEAR)) != CG_NORM_NUMBER))
          continue;
        guint b = GPOINTER_TO_UINT (g_hash_table_lookup (l->unit_bit, m.rule));
        if (b == 0)
          continue;
        p->units |= (guint16) (1u << (b - 1));
        if (!after)
          p->unit_phrases |= (guint16) (1u << (b - 1));
        else
          {
            if (unit_after == NULL)
              unit_after = small ? memset (unit_after_stack, 0, n + 1) : g_new0 (guint8, n + 1);
            unit_after[i - 1] = (guint8) b;
          }
      }
  p->phrase = cg_lexicon_match_ids (l->prep_lex, LX_PHRASE, ids, n, 0, &m);
  for (guint i = 0; i < n && !p->idiom; i++)
    {
      if (!in_list (sets, i, LX_IDIOMS) || !cg_lexicon_match_ids (l->prep_lex, LX_IDIOMS, ids, n, i, &m))
        continue;
      p->idiom = m.rule;
      for (guint k = i; k < i + m.len && k < n; k++)
        if (is_content_flags (g_array_index (toks, CgNormToken, k).flags))
          p->idiom_content++;
    }
  guint8 *bits = small ? memset (bits_stack, 0, n + 1) : g_new0 (guint8, n + 1);
  /* denies_word() walks the whole text, and only a negation cue that is
   * not inert asks it: most texts have none */
  int word_only = -1;
  for (guint i = 0; i < n; i++)
    {
      CgNormToken *t = &g_array_index (toks, CgNormToken, i);
      guint8 b = 0;
      if (sets[i] >> LX_PRONOUNS & 1)
        b |= TOK_PRON;
      if (sets[i] >> LX_CONDITIONAL & 1)
        b |= TOK_COND;
      if (sets[i] >> LX_CONTRAST & 1)
        b |= TOK_CONTRAST;
      if ((sets[i] >> LX_DENIAL_ENDS & 1) && cg_lexicon_match_ids (l->prep_lex, LX_DENIAL_ENDS, ids, n, i, &m))
        b |= TOK_DENIAL_END;
      if ((t->flags & CG_NORM_NEGATION) && !inert_cue (toks, sets, i))
        {
          if (word_only < 0)
            word_only = denies_word (l, a->text);
          if (word_only && word_denial_cue (l, words, n, i))
            b |= TOK_INERT;
        }
      else if (t->flags & CG_NORM_NEGATION)
        b |= TOK_INERT;
      if ((t->flags & CG_NORM_NEGATION) && cg_lexicon_lookup (l->refutations, t->word))
        b |= TOK_REFUTE;
      if ((t->flags & CG_NORM_NUMBER) && !(t->flags & CG_NORM_YEAR) && part_before (l, ids, i))
        b |= TOK_PART;
      if ((t->flags & CG_NORM_NUMBER) && digits_with_letters (t->word))
        b |= TOK_LABEL;
      bits[i] = b;
    }
  if (!small)
    {
      g_free (words);
      g_free (ids);
      g_free (sets);
    }
  p->text = compact (nt, bits, unit_after, slab);
  if (!small)
    g_free (bits);
  if (unit_after != unit_after_stack)
    g_free (unit_after);
  p->bands = prep_bands (l, &p->text, slab);
  const CgLexicon *cue_lexicons[4] = { l->unknowns, l->refutations, l->negation_cues, l->factive_cues };
  const CgRule *cues[4];
  cg_normalizer_find_phrases (norm, a->cue_text, cue_lexicons, 4, cues);
  p->unknown = cues[0] != NULL;
  /* a reported text ending before its cue is no object of it: "A
   * self-described 'conservative anarchist,' Ms. Tang rejects a top-down
   * approach" is an apposition of the speaker, not what she rejects (a
   * full quote before its cue is the speaker's own words, "'I did not,'
   * he denied") */
  gboolean before_cue = a->kind != CG_KIND_DIRECT && a->cue.end > a->cue.start && a->span.end <= a->cue.start;
  p->refute = p->unknown || before_cue ? NULL : cues[1];
  p->negcue = p->unknown || p->refute || before_cue ? NULL : cues[2];
  /* a negated cue of disclosure is silence about a fact, not its denial:
   * "did not disclose meetings with Russian ambassador" / "he did meet
   * with the Russian ambassador" */
  p->factive = cues[3] != NULL;
  /* The quoted words, for containment in a longer quote of the speaker
   * (make_item() keeps them when there is one). */
  p->frag = a->kind == CG_KIND_MIXED ? quoted_fragment (a) : NULL;
  if (p->frag)
    {
      p->ftext = compact (cg_normalize (norm, p->frag), NULL, NULL, slab);
    }
  p->document = cg_normalizer_has_phrase (norm, l->documents, a->source_text, NULL);
}

static void
prep_clear (Prep *p)
{
  if (!p->slab)
    {
      g_free (p->text.toks);
      g_free (p->ftext.toks);
      g_free (p->bands);
    }
  g_free (p->frag);
  if (p->periods)
    g_ptr_array_unref (p->periods);
  memset (p, 0, sizeof *p);
}

/* Has TEXT a lower-case ASCII letter?  A text without one is set in
 * capitals, as headlines are. */
static gboolean
has_lower (const char *text)
{
  for (const char *c = text; c && *c; c++)
    if (g_ascii_islower (*c))
      return TRUE;
  return FALSE;
}

/* Build the item of A from P (emptied). */
static Item *
make_item (CgLinker *l, CgAssertion *a, Prep *p)
{
  Item *it = &l->build_item;
  memset (it, 0, sizeof *it);
  it->a = a;
  it->kind = (guint8) a->kind;
  it->words = l->build[B_WORDS];
  it->content = l->build[B_CONTENT];
  it->entities = l->build[B_ENTITIES];
  it->names = l->build[B_NAMES];
  it->negated = l->build[B_NEGATED];
  it->seq = l->build[B_SEQ];
  it->cuelist = l->build[B_CUES];
  it->years = l->build[B_YEARS];
  it->numbers = l->build[B_NUMBERS];
  gpointer d = a->article_id ? g_hash_table_lookup (l->days, a->article_id) : NULL;
  it->day = d ? (gint64) GPOINTER_TO_SIZE (d) - 1 : -1;
  it->question = p->question;
  it->asks = p->asks;
  it->lead = NONE;

  PTok *toks = p->text.toks;
  guint ntoks = p->text.n;
  it->self_ref = p->self_first
                 || ((a->kind == CG_KIND_INDIRECT || a->kind == CG_KIND_MIXED) && speaker_is_person (l, a)
                     && p->self_reported);
  it->partial = p->partial;
  it->factive = p->factive;
  it->hedged = p->hedged;
  it->privative = p->privative;
  it->predicate = p->predicate;
  it->units = p->units;
  it->unit_phrases = p->unit_phrases;
  it->phrase = p->phrase;
  it->idiom = p->idiom;
  it->idiom_content = (guint16) MIN (p->idiom_content, G_MAXUINT16);
  if (p->periods)
    {
      it->periods = g_array_new (FALSE, FALSE, sizeof (guint32));
      for (guint i = 0; i < p->periods->len; i++)
        append_u32 (it->periods, intern (l, g_ptr_array_index (p->periods, i)));
      sort_unique (it->periods);
    }
  GArray *content_pos = l->build[B_POS];
  GArray *plain = l->build[B_PLAIN];
  guint16 clause = 0, cur_cue = 0;
  gboolean cond = FALSE, pron = FALSE;
  guint content_words_total = 0;
  /* every word capitalized or a stopword, at least one capitalized, no
   * negation nor figure: the text may be only a name (below) */
  gboolean all_names = TRUE;
  guint capitalized = 0;
  gboolean title_case = FALSE; /* a stopword after the first word capitalized ("To Open A Bar") */
  guint contrast_at = G_MAXUINT;   /* seq index of the first "..., just" */
  guint denial_end = G_MAXUINT;    /* seq index of the first [denial_ends] clause ("as it hacked") */
  /* at most one id a token in each: written straight into the build
   * arrays, given room for the longest text so far (an append call per
   * id was a quarter of the item's cost on the linking thread; one per
   * array and item, nine, still 4% of the cg-link thread at AllSides p10) */
  GArray *per_token[] = { it->words, it->content, content_pos, it->negated, plain, it->entities, it->names, it->years, it->seq };
  if (l->build_room < ntoks)
    {
      l->build_room = MAX (ntoks, 2 * l->build_room);
      for (guint k = 0; k < G_N_ELEMENTS (per_token); k++)
        {
          g_array_set_size (per_token[k], l->build_room);
          arr_cut (per_token[k], 0);
        }
    }
  G_STATIC_ASSERT (sizeof (Seq) == 2 * sizeof (guint32) && G_ALIGNOF (Seq) <= G_ALIGNOF (guint32));
  guint32 *W = (guint32 *) (gpointer) it->words->data, *C = (guint32 *) (gpointer) it->content->data,
          *P = (guint32 *) (gpointer) content_pos->data, *N = (guint32 *) (gpointer) it->negated->data,
          *L = (guint32 *) (gpointer) plain->data, *E = (guint32 *) (gpointer) it->entities->data,
          *M = (guint32 *) (gpointer) it->names->data, *Y = (guint32 *) (gpointer) it->years->data;
  Seq *S = (Seq *) (gpointer) it->seq->data;
  guint nw = 0, nc = 0, np = 0, nn = 0, nl = 0, ne = 0, nm = 0, ny = 0, ns = 0;
  for (guint i = 0; i < ntoks; i++)
    {
      PTok *t = &toks[i];
      guint8 bits = t->bits;
      if (t->flags & CG_NORM_CAPITALIZED)
        capitalized++;
      if (i > 0 && (t->flags & (CG_NORM_CAPITALIZED | CG_NORM_STOP)) == (CG_NORM_CAPITALIZED | CG_NORM_STOP))
        title_case = TRUE;
      if ((t->flags & (CG_NORM_NEGATION | CG_NORM_NUMBER)) || !(t->flags & (CG_NORM_CAPITALIZED | CG_NORM_STOP)))
        all_names = FALSE;
      if ((t->flags & CG_NORM_BREAK) && i > 0)
        clause++, cur_cue = 0, cond = FALSE, pron = FALSE;
      if (bits & TOK_PRON)
        pron = TRUE;
      if (bits & TOK_COND)
        cond = TRUE;
      if ((t->flags & CG_NORM_BREAK) && contrast_at == G_MAXUINT && (bits & TOK_CONTRAST))
        contrast_at = ns;
      if (denial_end == G_MAXUINT && (bits & TOK_DENIAL_END) && ns > 0)
        denial_end = ns;
      if (t->flags & CG_NORM_NEGATION)
        {
          Cue c = { NONE, (guint16) MIN (ns, G_MAXUINT16), clause, (bits & TOK_INERT) != 0, pron,
                    (bits & TOK_REFUTE) != 0 };
          g_array_append_val (it->cuelist, c);
          cur_cue = (guint16) MIN (it->cuelist->len, G_MAXUINT16);
          continue;
        }
      guint32 sid = intern_hashed (l, t->stem, t->stem_hash, t->stem_short);
      W[nw++] = sid;
      if (!is_content (t))
        continue;
      /* compact() gives a concept spelled as its stem the stem's string */
      guint32 cid = t->concept == t->stem ? sid : intern_hashed (l, t->concept, t->concept_hash, t->concept_short);
      nc++;
      P[np++] = i;
      if (nc == 1 && (t->flags & CG_NORM_CAPITALIZED) && !(t->flags & (CG_NORM_ENTITY | CG_NORM_NUMBER))
          && !contains (l->not_lead_ids, cid) && !contains (l->date_ids, cid))
        it->lead = cid;
      content_words_total += t->words;
      Seq sq = { .concept = cid, .cond = cond != 0, .pron = pron != 0, .clause = clause, .cue = 0 };
      pron = FALSE;
      /* each content concept once, with its negated bit below it: one
       * sort gives CONTENT and NEGATED (below) */
      L[nl++] = cid << 1 | ((t->flags & CG_NORM_NEGATED) != 0);
      if (t->flags & CG_NORM_NEGATED)
        {
          if (cur_cue)
            {
              sq.cue = cur_cue;
              Cue *c = &g_array_index (it->cuelist, Cue, cur_cue - 1);
              if (c->head == NONE)
                c->head = cid;
            }
        }
      else
        cur_cue = 0;
      S[ns++] = sq;
      if (t->flags & CG_NORM_ENTITY)
        E[ne++] = cid;
      if ((t->flags & CG_NORM_ENTITY) && !(t->flags & CG_NORM_NUMBER))
        M[nm++] = cid;
      if (t->flags & CG_NORM_YEAR)
        Y[ny++] = (guint32) t->value;
    }
  arr_within (it->seq, ns);
  arr_within (it->words, nw);
  it->tokens = (guint8) MIN (nw, G_MAXUINT8);
  arr_within (content_pos, np);
  arr_within (it->entities, ne);
  arr_within (it->names, nm);
  arr_within (it->years, ny);
  /* Numbers, with the content concepts within the window around them,
   * and the ones next to them in their clause: what they measure. */
  guint w = (guint) l->number_window;
  for (guint c = 0; c < content_pos->len; c++)
    {
      guint i = g_array_index (content_pos, guint, c);
      PTok *t = &toks[i];
      if (!(t->flags & CG_NORM_NUMBER) || (t->flags & CG_NORM_YEAR))
        continue;
      if (!(t->bits & TOK_LABEL))
        it->figure = TRUE;
      /* the window's concepts written in place, into arrays made with
       * room for all of them (appended one by one, each empty array grew
       * through reallocations: 146 instructions an append at p10) */
      guint k0 = c >= w ? c - w : 0, k1 = MIN (c + w + 1, content_pos->len);
      Number nb = { t->value, t->unit, (t->bits & TOK_PART) != 0, 0, g_array_sized_new (FALSE, FALSE, sizeof (guint32), k1 - k0),
                    g_array_sized_new (FALSE, FALSE, sizeof (guint32), 4), NONE, NONE, NONE, t->unit_after };
      if (nb.unit_bit)
        nb.measure = (float) (t->value * l->unit_value[nb.unit_bit - 1]);
      guint16 cl = g_array_index (it->seq, Seq, c).clause;
      guint32 *ctx = (guint32 *) (gpointer) nb.context->data, *near = (guint32 *) (gpointer) nb.near->data;
      guint nctx = 0, nnear = 0;
      for (guint k = k0; k < k1; k++)
        {
          PTok *u = &toks[g_array_index (content_pos, guint, k)];
          if (k == c || (u->flags & CG_NORM_NUMBER))
            continue;
          Seq *sq = &g_array_index (it->seq, Seq, k);
          ctx[nctx++] = sq->concept;
          /* at most four: k from c - 2 to c + 2, not c */
          if (sq->clause == cl && (k + 2 >= c && k <= c + 2))
            {
              near[nnear++] = sq->concept;
              if (k < c)
                nb.before2 = nb.before, nb.before = sq->concept;
              else if (nb.after == NONE)
                nb.after = sq->concept;
            }
        }
      arr_within (nb.context, nctx);
      arr_within (nb.near, nnear);
      sort_unique (nb.context);
      sort_unique (nb.near);
      g_array_append_val (it->numbers, nb);
    }
  arr_cut (content_pos, 0);
  sort_unique (it->words);
  /* CONTENT is the concepts of L, NEGATED those only ever stated negated:
   * a concept also stated without negation is not denied by the text
   * ("not putting people back to work ... help ourselves by putting
   * people back to work").  In L each concept's plain key sorts before
   * its negated one, so a run that opens negated is negated throughout.
   * One sort where there were three (content, negated, plain) and a
   * binary search a negated concept. */
  if (nl > 1)
    sort_u32 (L, nl);
  nc = 0;
  for (guint i = 0; i < nl; i++)
    if (i == 0 || L[i] >> 1 != L[i - 1] >> 1)
      {
        C[nc++] = L[i] >> 1;
        if (L[i] & 1)
          N[nn++] = L[i] >> 1;
      }
  arr_within (it->content, nc);
  arr_within (it->negated, nn);
  sort_unique (it->entities);
  sort_unique (it->names);
  guint kept = 0;
  it->cues = (guint16) MIN (p->text.negations, G_MAXUINT16);
  sort_unique (it->years);
  /* "it is not known if ...", "is not sufficient to establish that the
   * president committed ...": left open, neither denied nor stated */
  if (p->unknown || p->text.opened > 0)
    it->open = TRUE;
  else if (a->stance == CG_STANCE_DISPUTES)
    it->whole = TRUE, it->whole_why = "disputed by its carrier";
  else if (p->refute)
    it->whole = TRUE, it->whole_why = p->refute->phrase;
  else if (p->negcue)
    {
      it->whole = TRUE, it->whole_why = p->negcue->phrase, it->whole_weak = TRUE;
      /* "was not speaking about the wisdom of ..., just the right of the
       * group to build": the cue denies the text up to the contrast only,
       * like a negation in the text with the content before it as scope */
      if (contrast_at != G_MAXUINT && contrast_at > 0 && it->cues == 0)
        {
          it->whole = FALSE;
          Cue c = { g_array_index (it->seq, Seq, 0).concept, 0, 0, FALSE, FALSE, FALSE };
          g_array_append_val (it->cuelist, c);
          arr_cut (it->negated, 0);
          for (guint k = 0; k < contrast_at; k++)
            {
              Seq *sq = &g_array_index (it->seq, Seq, k);
              sq->cue = (guint16) it->cuelist->len;
              append_u32 (it->negated, sq->concept);
            }
          for (guint k = contrast_at; k < it->seq->len; k++)
            g_array_index (it->seq, Seq, k).cue = 0;
          sort_unique (it->negated);
          GArray *after = g_array_new (FALSE, FALSE, sizeof (guint32));
          for (guint k = contrast_at; k < it->seq->len; k++)
            append_u32 (after, g_array_index (it->seq, Seq, k).concept);
          sort_unique (after);
          kept = 0;
          for (guint i = 0; i < it->negated->len; i++)
            if (!contains (after, g_array_index (it->negated, guint32, i)))
              g_array_index (it->negated, guint32, kept++) = g_array_index (it->negated, guint32, i);
          arr_cut (it->negated, kept);
          g_array_unref (after);
        }
    }
  else if (a->polarity == CG_POLARITY_NEGATIVE && p->text.negations == 0 && p->text.non_negations == 0)
    it->whole = TRUE, it->whole_why = "negative polarity", it->whole_weak = TRUE;
  /* The cue's denial ends where a clause of cause or time opens: "again
   * denied | any collusion with Russia as it hacked the emails" does not
   * deny that Russia hacked them.  A whole text's NEGATED holds what it
   * states plainly (negated() reads it backwards): the concepts only in
   * that clause go there.  Not when the carrier disputes the text: its
   * "falsely claimed he met with an overseas professor before joining the
   * campaign" may dispute the time clause itself, and it then agreed with
   * what the professor said in other texts (a same_as that joined a true
   * story to a disputed date, whole corpus). */
  if (it->whole && a->stance != CG_STANCE_DISPUTES && (p->refute || p->negcue)
      && denial_end != G_MAXUINT && denial_end < it->seq->len)
    {
      GArray *scope = g_array_new (FALSE, FALSE, sizeof (guint32));
      for (guint k = 0; k < denial_end; k++)
        append_u32 (scope, g_array_index (it->seq, Seq, k).concept);
      sort_unique (scope);
      for (guint k = denial_end; k < it->seq->len; k++)
        {
          guint32 c = g_array_index (it->seq, Seq, k).concept;
          if (!contains (scope, c))
            append_u32 (it->negated, c);
        }
      sort_unique (it->negated);
      g_array_unref (scope);
    }

  /* The quoted words, for containment in a longer quote of the speaker. */
  char *frag = a->speaker_id ? p->frag : NULL;
  if (frag)
    p->frag = NULL;
  if (a->speaker_id && a->kind == CG_KIND_DIRECT && content_words_total >= l->fragment_min_content)
    {
      it->frag_words = content_words_total;
      it->fragment = g_array_ref (it->words);
      it->frag_content = g_array_ref (it->content);
      it->fragment_text = a->text;
    }
  if (frag)
    {
      PText *ft = &p->ftext;
      /* at most one id a token in each, written in place */
      GArray *fw = g_array_sized_new (FALSE, FALSE, sizeof (guint32), ft->n);
      GArray *fc = g_array_sized_new (FALSE, FALSE, sizeof (guint32), ft->n);
      guint32 *FW = (guint32 *) (gpointer) fw->data, *FC = (guint32 *) (gpointer) fc->data;
      guint nwords = 0, nfw = 0, nfc = 0;
      for (guint i = 0; i < ft->n; i++)
        {
          PTok *t = &ft->toks[i];
          if (t->flags & CG_NORM_NEGATION)
            continue;
          guint32 sid = intern_hashed (l, t->stem, t->stem_hash, t->stem_short);
          FW[nfw++] = sid;
          if (is_content (t))
            {
              guint32 cid = t->concept == t->stem ? sid : intern_hashed (l, t->concept, t->concept_hash, t->concept_short);
              FC[nfc++] = cid;
              nwords += t->words;
            }
        }
      arr_within (fw, nfw);
      arr_within (fc, nfc);
      sort_unique (fw);
      sort_unique (fc);
      if (nwords >= l->fragment_min_content)
        it->fragment = fw, it->frag_content = fc, it->frag_words = nwords, it->fragment_text = frag,
        it->frag_text_owned = TRUE, frag = NULL;
      else
        g_array_unref (fw), g_array_unref (fc);
      g_free (frag);
    }

  it->document = p->document;
  prep_clear (p);
  it->linkable = (it->content->len >= l->min_content || it->words->len >= l->min_words) && a->id != NULL;
  /* a reported text that is only a name with its title, no verb word
   * ("his criticism of Senate Majority Leader Mitch McConnell",
   * "referencing Senate Majority Leader Mitch McConnell") states
   * nothing: same_as the name printed elsewhere, it joined unrelated
   * texts into one corroborated claim.  An author text is one too when
   * it reads as a name in running text, function words in lower case: a
   * photo caption or a credit line ("Health and Human Services Secretary
   * Kathleen Sebelius.", "Camera by Justin Monticello and John
   * Osterhoudt.") was same_as "... Sebelius to attend" and "... to
   * resign" (c43288 of the whole corpus).  A headline in title case ("...
   * Spent His Life Savings To Open A Bar.") or in capitals ("WHITE HOUSE
   * FENCE TO GET SPIKES.") has no verb word the linker knows either, and
   * stays linkable */
  if (all_names && capitalized > 0 && !it->predicate && !it->question && ntoks < l->sa_fragment_words
      && (a->kind != CG_KIND_AUTHOR || (!title_case && has_lower (a->text))))
    it->linkable = FALSE;
  return freeze_item (l, it);
}

/* ---- indexes ------------------------------------------------------------ */

static void
signature (CgLinker *l, Item *it, guint64 *sig)
{
  for (guint k = 0; k < SIG_LEN (l); k++)
    sig[k] = G_MAXUINT64;
  /* Shingles over the content concepts in sorted order when shingle = 1;
   * longer shingles use the same order, which keeps them deterministic.
   * A text too short in content ("you never should have started it") is
   * hashed over all its words instead, so it can still meet its copies. */
  GArray *c = ARR (it, content)->len >= l->min_content ? ARR (it, content) : ARR (it, words);
  guint sh = MIN (l->shingle, c->len);
  for (guint i = 0; i + sh <= c->len; i++)
    {
      guint64 h = 0;
      for (guint k = 0; k < sh; k++)
        h = mix64 (h ^ g_array_index (l->hashes, guint64, g_array_index (c, guint32, i + k)));
      minhash_add (l, sig, h);
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

/* Has entity E's posting list been retired (entity_retire())? */
static inline gboolean
entity_retired (CgLinker *l, guint32 e)
{
  return e / 64 < l->entity_dead->len && (g_array_index (l->entity_dead, guint64, e / 64) >> (e % 64) & 1);
}

/* KEY, a posting key of IT found retired, marked on the entity of IT it
 * is the key of, if any: a name's list is retired once it is common, and
 * each later mention of the name looked it up (a miss on the posting map
 * at scale; 241k of the 390k entity and number lookups at AllSides p10
 * found a list past max_entity_df) only to skip it.  posting_keys() leaves such an entity out.  The
 * bits are read and written by the indexing thread alone. */
static void
entity_retire (CgLinker *l, Item *it, guint64 key)
{
  for (guint i = 0; i < ARR (it, entities)->len; i++)
    {
      guint32 e = g_array_index (ARR (it, entities), guint32, i);
      if (posting_key (KEY_ENTITY, e, 0) != key)
        continue;
      if (e / 64 >= l->entity_dead->len)
        g_array_set_size (l->entity_dead, MAX (e / 64 + 1, 2 * l->entity_dead->len));
      g_array_index (l->entity_dead, guint64, e / 64) |= G_GUINT64_CONSTANT (1) << (e % 64);
      return;
    }
}

/* The ids an item is posted under: its entities (but those whose list is
 * retired) and "number next to concept" keys. */

static void
posting_keys (CgLinker *l, Item *it, GArray *keys)
{
  /* sized for them all, then written in place (an append call a key) */
  GArray *entities = ARR (it, entities), *numbers = ARR (it, numbers);
  guint most = entities->len;
  for (guint i = 0; i < numbers->len; i++)
    most += g_array_index (numbers, Number, i).context->len;
  g_array_set_size (keys, most);
  guint64 *kd = (guint64 *) (gpointer) keys->data;
  guint nk = 0;
  for (guint i = 0; i < entities->len; i++)
    {
      guint32 e = g_array_index (entities, guint32, i);
      if (entity_retired (l, e))
        continue;     /* its lookup would find LIST_DEAD and skip it */
      kd[nk++] = posting_key (KEY_ENTITY, e, 0);
    }
  for (guint i = 0; i < numbers->len; i++)
    {
      Number *nb = &g_array_index (numbers, Number, i);
      guint64 unit = nb->unit ? hash_str (nb->unit) : 0;
      for (guint k = 0; k < nb->context->len; k++)
        kd[nk++] = posting_key (KEY_NUMBER, unit, g_array_index (nb->context, guint32, k));
    }
  arr_cut (keys, nk);
  sort_u64 ((guint64 *) (gpointer) keys->data, keys->len);
  guint n = 0;
  for (guint i = 0; i < keys->len; i++)
    if (n == 0 || g_array_index (keys, guint64, i) != g_array_index (keys, guint64, n - 1))
      g_array_index (keys, guint64, n++) = g_array_index (keys, guint64, i);
  arr_cut (keys, n);
}

/* A quote's speaker and one of its concepts as one posting key. */
static guint64
speaker_key (guint kind, guint32 speaker, guint32 concept)
{
  return posting_key (kind, speaker, concept);
}

/* Third candidate source, for containment: a quoted fragment meets the
 * earlier quotes of its speaker holding all its content concepts (the
 * intersection of their postings), and a quote meets the earlier
 * fragments of its speaker sharing a concept with it.  Lists longer than
 * max_speaker_df (a prolific speaker's common word) are left out of the
 * intersection, so the cost per assertion stays bounded. */
static void
speaker_candidates (CgLinker *l, Item *it, GArray *cands)
{
  CgAssertion *a = it->a;
  if (a->speaker_id == NULL || (a->kind != CG_KIND_DIRECT && a->kind != CG_KIND_MIXED))
    return;
  guint32 spk = l->flat[it->index].speaker;
  if (cands && HAS (it, fragment))
    {
      /* the shortest usable lists first; intersect by binary search */
      GArray *lists = g_array_new (FALSE, FALSE, sizeof (Posting));
      for (guint i = 0; i < ARR (it, frag_content)->len; i++)
        {
          guint32 id = g_array_index (ARR (it, frag_content), guint32, i);
          Posting list;
          if (!posting_find (l, speaker_key (KEY_QUOTE, spk, id), FALSE, &list))
            {
              /* a concept the speaker was never quoted with: no quote
               * holds the fragment */
              arr_cut (lists, 0);
              break;
            }
          if (list.len <= l->max_speaker_df)
            g_array_append_val (lists, list);
        }
      Posting *first = NULL;
      for (guint i = 0; i < lists->len; i++)
        if (first == NULL || g_array_index (lists, Posting, i).len < first->len)
          first = &g_array_index (lists, Posting, i);
      guint taken = 0;
      for (guint i = 0; first && i < first->len && taken < l->max_speaker_candidates; i++)
        {
          guint idx = first->items[first->len - 1 - i];   /* newest first */
          gboolean all = TRUE;
          for (guint k = 0; k < lists->len && all; k++)
            {
              Posting *other = &g_array_index (lists, Posting, k);
              if (other != first)
                all = contains_index (other, idx);
            }
          if (all)
            {
              g_array_append_val (cands, idx);
              taken++;
            }
        }
      g_array_unref (lists);
    }
  guint taken = 0;
  for (guint i = 0; i < ARR (it, content)->len; i++)
    {
      guint32 c = g_array_index (ARR (it, content), guint32, i);
      if (cands)
        {
          Posting frags;
          posting_find (l, speaker_key (KEY_FRAGMENT, spk, c), FALSE, &frags);
          guint take = MIN (frags.len, l->max_speaker_candidates - taken);
          if (take)
            {
              /* newest first, in place */
              arr_room (cands, take);
              guint *out = (guint *) (gpointer) cands->data + cands->len;
              for (guint k = 0; k < take; k++)
                out[k] = frags.items[frags.len - 1 - k];
              arr_within (cands, cands->len + take);
              taken += take;
            }
        }
      Posting quotes;
      posting_find (l, speaker_key (KEY_QUOTE, spk, c), TRUE, &quotes);
      /* past max_speaker_df a list is never read again (above), only
       * found to exist */
      if (quotes.len <= l->max_speaker_df || !posting_retire (l, &quotes))
        posting_add (l, &quotes, it->index);
      if (HAS (it, fragment) && contains (ARR (it, frag_content), c))
        {
          Posting frags;
          posting_find (l, speaker_key (KEY_FRAGMENT, spk, c), TRUE, &frags);
          if (frags.len <= l->max_speaker_df)
            posting_add (l, &frags, it->index);
        }
    }
}

/* Is IT a quote (direct, or mixed with its quoted words)? */
static gboolean
is_quote (const Item *it)
{
  return it->kind == CG_KIND_DIRECT || it->kind == CG_KIND_MIXED;
}

/* Fourth candidate source, for a short quote printed inside a longer one
 * ("I'm not in the censorship business" / "... But in any event, I'm not
 * in the censorship business.  I don't like that language, ..."): the
 * long quote's MinHash has too little of the short one for the LSH bands
 * to meet.  Every quote indexes its runs of two content concepts in text
 * order; a quote meets the earlier quotes sharing run_min_shared of its
 * runs, or the one run of either side when a side has a single run (two
 * content concepts), those sharing the most first, at most
 * max_run_candidates.  A run found in more than max_run_df quotes ("White
 * House", "United States") is left out, so the cost per quote is bounded. */
static void
run_candidates (CgLinker *l, Item *it, GArray *cands)
{
  if (!is_quote (it))
    return;
  GArray *seq = ARR (it, seq);
  GArray *keys = l->run_keys;
  arr_cut (keys, 0);
  if (seq->len < 2)
    return;
  arr_room (keys, seq->len - 1);
  guint64 *K = (guint64 *) (gpointer) keys->data;
  for (guint i = 0; i + 1 < seq->len; i++)
    K[i] = posting_key (KEY_RUN, g_array_index (seq, Seq, i).concept, g_array_index (seq, Seq, i + 1).concept);
  arr_within (keys, seq->len - 1);
  sort_u64 ((guint64 *) (gpointer) keys->data, keys->len);
  guint n = 0;
  for (guint i = 0; i < keys->len; i++)
    if (n == 0 || g_array_index (keys, guint64, i) != g_array_index (keys, guint64, n - 1))
      g_array_index (keys, guint64, n++) = g_array_index (keys, guint64, i);
  arr_cut (keys, n);
  GArray *hits = l->run_hits;
  arr_cut (hits, 0);
  for (guint i = 0; i < keys->len; i++)
    {
      Posting post;
      posting_find (l, g_array_index (keys, guint64, i), TRUE, &post);
      if (post.len > l->max_run_df)
        {
          posting_retire (l, &post);
          continue;
        }
      if (cands && post.len)
        {
          arr_room (hits, post.len);
          guint64 *H = (guint64 *) (gpointer) hits->data + hits->len;
          for (guint k = 0; k < post.len; k++)
            H[k] = post.items[k];
          arr_within (hits, hits->len + post.len);
        }
      posting_add (l, &post, it->index);
    }
  if (cands == NULL || hits->len == 0)
    return;
  /* count the runs each earlier quote shares, then rank by that count
   * (most first, the newest among equals) */
  sort_u64 ((guint64 *) (gpointer) hits->data, hits->len);
  guint m = 0;
  for (guint i = 0; i < hits->len;)
    {
      guint64 v = g_array_index (hits, guint64, i);
      guint j = i;
      while (j < hits->len && g_array_index (hits, guint64, j) == v)
        j++;
      guint shared = j - i;
      gboolean one_run = keys->len == 1 || l->flat[v].ncontent <= 2;
      if (shared >= l->run_min_shared || one_run)
        g_array_index (hits, guint64, m++) = (guint64) (G_MAXUINT32 - shared) << 32 | (G_MAXUINT32 - v);
      i = j;
    }
  arr_cut (hits, m);
  sort_u64 ((guint64 *) (gpointer) hits->data, hits->len);
  guint take = MIN (hits->len, l->max_run_candidates);
  arr_room (cands, take);
  guint *out = (guint *) (gpointer) cands->data + cands->len;
  for (guint i = 0; i < take; i++)
    out[i] = G_MAXUINT32 - (guint32) g_array_index (hits, guint64, i);
  arr_within (cands, cands->len + take);
}

/* Fifth candidate source, for paraphrases: two outlets' accounts of one
 * statement in other words share a third to a half of their concepts
 * ("budgets cannot rely on disproportionate cuts in essential services to
 * the poor" / the bishops' letter "a just framework for future budgets
 * cannot rely on disproportionate cuts in essential services to poor
 * persons"), where the LSH bands meet with a chance of 0.4 to 0.7, and
 * rare entities find nothing when the words that tell the story are no
 * names.  Every item posts its content concepts; it meets the earlier
 * items sharing concept_min_shared concepts whose lists hold at most
 * max_concept_df items, those sharing the most first, at most
 * max_concept_candidates.  A list past max_concept_df is retired, so the
 * cost per item is bounded as the corpus grows (a common word costs a
 * lookup, no candidates).  max_concept_candidates = 0 turns it off. */
static void
concept_candidates (CgLinker *l, Item *it, GArray *cands)
{
  if (l->max_concept_candidates == 0)
    return;
  GArray *content = ARR (it, content);
  GArray *hits = l->concept_hits;
  arr_cut (hits, 0);
  GArray *dead = l->concept_dead;
  for (guint i = 0; i < content->len; i++)
    {
      guint32 c = g_array_index (content, guint32, i);
      /* a retired list is neither read nor grown: its lookup (two hash
       * mixes and a probe of the posting map) is skipped, as an
       * entity's is (entity_retire()) */
      if (c / 64 < dead->len && (g_array_index (dead, guint64, c / 64) >> (c % 64) & 1))
        continue;
      Posting post;
      posting_find (l, posting_key (KEY_CONCEPT, c, 0), TRUE, &post);
      if (post.len > l->max_concept_df)
        {
          if (posting_retire (l, &post))
            {
              if (c / 64 >= dead->len)
                g_array_set_size (dead, MAX (c / 64 + 1, 2 * dead->len));
              g_array_index (dead, guint64, c / 64) |= G_GUINT64_CONSTANT (1) << (c % 64);
            }
          continue;
        }
      if (cands && post.len)
        {
          /* copied in place: an append call per item was a third of
           * the source's cost (cg_linker_add at list-p1) */
          guint at = hits->len;
          g_array_set_size (hits, at + post.len);
          memcpy (&g_array_index (hits, guint32, at), post.items, post.len * sizeof (guint32));
        }
      posting_add (l, &post, it->index);
    }
  if (cands == NULL || hits->len < l->concept_min_shared)
    return;
  /* the concepts each earlier item shares; of those sharing enough, most
   * first (the newest among equals), ranked only when too many */
  guint32 *h = (guint32 *) (gpointer) hits->data;
  sort_u32 (h, hits->len);
  GArray *ranks = l->concept_ranks;
  arr_cut (ranks, 0);
  for (guint i = 0; i < hits->len;)
    {
      guint j = i + 1;
      while (j < hits->len && h[j] == h[i])
        j++;
      if (j - i >= l->concept_min_shared)
        {
          guint64 r = (guint64) (G_MAXUINT32 - (j - i)) << 32 | (G_MAXUINT32 - h[i]);
          g_array_append_val (ranks, r);
        }
      i = j;
    }
  if (ranks->len > l->max_concept_candidates)
    {
      sort_u64 ((guint64 *) (gpointer) ranks->data, ranks->len);
      arr_cut (ranks, l->max_concept_candidates);
    }
  for (guint i = 0; i < ranks->len; i++)
    {
      guint v = G_MAXUINT32 - (guint32) g_array_index (ranks, guint64, i);
      g_array_append_val (cands, v);
    }
}

/* The root of item I's same_as cluster (paths halved on the way). */
static guint
cluster_root (CgLinker *l, guint i)
{
  while (l->flat[i].parent != i)
    {
      l->flat[i].parent = l->flat[l->flat[i].parent].parent;
      i = l->flat[i].parent;
    }
  return i;
}

/* Join the clusters of items A and B; the smaller index stays root. */
static void
cluster_join (CgLinker *l, guint a, guint b)
{
  a = cluster_root (l, a);
  b = cluster_root (l, b);
  if (a != b)
    l->flat[MAX (a, b)].parent = MIN (a, b);
}

/* bloom_shared_sw() by L's means. */
static inline guint
bloom_shared (CgLinker *l, const guint64 *x, const guint64 *y)
{
#ifdef HAVE_POPCNT_HW
  if (l->popcnt)
    return bloom_shared_hw (x, y);
#else
  (void) l;
#endif
  return bloom_shared_sw (x, y);
}

/* A hit as a key that sorts first the hit sharing the most bands, then
 * the most Bloom bits, then the newest (bands and bits are at most 256). */
static guint64
hit_rank (const Hit *h)
{
  return (guint64) (G_MAXUINT16 - h->bands) << 48 | (guint64) (G_MAXUINT16 - h->shared) << 32
         | (G_MAXUINT32 - h->index);
}

/* How much a single-band hit sharing SHARED Bloom bits with an item,
 * OWN and THEIRS bits set, likely shares for the pair's lengths: the
 * share of the smaller side's bits the other holds times their share of
 * the union, containment times Jaccard, in 1000ths.  The bits alone (the
 * max_single_band cut) rank first the long texts meeting a short one in
 * a few common words by chance (a 40-concept text sets a sixth of the
 * 256 bits): on the whole corpus those crowded out right supports pairs
 * met in one band among some hundred single-band hits ("the Cuban
 * government was releasing 53 political prisoners" / "Cuban officials
 * released 53 political prisoners ...": 0.3 against under 0.1).  The
 * containment alone would put first every noun phrase found whole in a
 * long text ("to repeal the Affordable Care Act", 0.13 here). */
static guint
hit_score (guint shared, guint own, guint theirs)
{
  guint least = MAX (MIN (own, theirs), 1), all = MAX (own + theirs - shared, 1);
  return MIN (shared * shared * 1000 / (least * all), 1000);
}

/* Move the LSH collisions (l->lsh) of item SELF to CANDS: at most
 * max_lsh_candidates distinct ones, those sharing the most bands first
 * (the most similar; the newest first among equals), of which at most
 * max_single_band collided in one band only (those likely sharing the
 * most concepts first), and besides at most max_single_share of the
 * single-band hits left out, those likely sharing the most for their
 * lengths (hit_score()).
 * A text on a story told a thousand times meets a bounded number of its
 * retellings, and a short text a bounded number of the texts that share a
 * few of its words by chance, so the exact comparisons per assertion stay
 * flat as the corpus grows (see [minhash] in linking.rules). */
static void
best_lsh (CgLinker *l, guint self, GArray *cands)
{
  GArray *lsh = l->lsh;
  GArray *hits = l->hits;
  /* at most one hit a collision, written in place: an append call per
   * hit was a fifth of indexing an item at AllSides p10 */
  g_array_set_size (hits, lsh->len);
  Hit *hit_at = (Hit *) (gpointer) hits->data;
  guint n_hits = 0;
  /* the bands each item collided in, counted in a small table rather than
   * by sorting the collisions (a sort was a tenth of the making thread
   * at scale); the hits come in no order, and none is needed: the
   * candidates are sorted after (index_item()) and the ranks below are
   * all distinct */
  guint cap = 64;
  while (cap < 2 * lsh->len)
    cap *= 2;
  if (cap > l->hit_cap)
    {
      g_free (l->hit_slots);
      l->hit_slots = g_new0 (guint32, cap);
      l->hit_cap = cap;
    }
  guint32 *slots = l->hit_slots, mask = cap - 1;
  for (guint i = 0; i < lsh->len; i++)
    {
      guint v = g_array_index (lsh, guint, i);
      guint32 h = (guint32) ((v * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)) >> 40) & mask;
      for (;; h = (h + 1) & mask)
        {
          if (slots[h] == 0)
            {
              hit_at[n_hits++] = (Hit) { v, 1, 0, 0, 0 };
              slots[h] = n_hits;
              break;
            }
          Hit *hit = &hit_at[slots[h] - 1];
          if (hit->index == v)
            {
              hit->bands++;
              break;
            }
        }
    }
  arr_cut (hits, n_hits);
  if (hits->len * 4 < cap)
    for (guint i = 0; i < lsh->len; i++)
      {
        guint v = g_array_index (lsh, guint, i);
        guint32 h = (guint32) ((v * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)) >> 40) & mask;
        while (slots[h])
          slots[h] = 0, h = (h + 1) & mask;
      }
  else
    memset (slots, 0, cap * sizeof *slots);
  arr_cut (lsh, 0);
  guint single = 0, contained = 0;
  for (guint i = 0; i < hits->len; i++)
    single += g_array_index (hits, Hit, i).bands == 1;
  if (hits->len <= l->max_lsh_candidates && single <= l->max_single_band)
    {
      arr_room (cands, hits->len);
      guint *out = (guint *) (gpointer) cands->data + cands->len;
      for (guint i = 0; i < hits->len; i++)
        out[i] = g_array_index (hits, Hit, i).index;
      arr_within (cands, cands->len + hits->len);
      return;
    }
  if (single > l->max_single_band)
    {
      /* rank those by the concepts they likely share (one cache line
       * each), a pair worth a link shares several */
      const Flat *fy = &l->flat[self];
      l->n_lsh_ranked += single;
      /* their records are read at random: start all the loads first */
      for (guint i = 0; i < hits->len; i++)
        if (g_array_index (hits, Hit, i).bands == 1)
          __builtin_prefetch (&l->flat[g_array_index (hits, Hit, i).index]);
      guint own = fy->bits;
      for (guint i = 0; i < hits->len; i++)
        {
          Hit *h = &g_array_index (hits, Hit, i);
          if (h->bands != 1)
            continue;
          const Flat *fx = &l->flat[h->index];
          guint theirs = fx->bits;
          h->shared += bloom_shared (l, fx->bloom, fy->bloom);
          /* a denial of a whole text and a text it does not deny, every
           * concept of one likely among the other's: what a short denial
           * needs of the statement it denies ("Russia has denied election
           * interference" / "Russia had interfered in the election in
           * sweeping and systematic fashion").  (Taken for any pair, such
           * containment met mostly wrong same_as.shingles: subset-p10
           * gained 30 net.) */
          if (h->shared >= l->denial_min_shared && (h->shared == own || h->shared == theirs)
              && fx->item->whole != fy->item->whole)
            h->contained = 1, contained++;
          h->score = hit_score (h->shared, own, theirs);
        }
    }
  /* Taken in hit_rank() order, those that collided in several bands come
   * first, at most max_lsh_candidates of them, then the best of the
   * single-band hits in the room left, at most max_single_band.  Only
   * which are taken matters (the candidates are sorted after), so the
   * several-band hits are sorted only when they are too many, and the
   * best few single-band ones are picked, not sorted with the rest. */
  GArray *ranks = l->ranks;
  /* room for every hit, in place: the several-band ones, then the
   * single-band ones picked, then the denial pairs, none twice */
  arr_cut (ranks, 0);
  arr_room (ranks, hits->len);
  guint64 *R = (guint64 *) (gpointer) ranks->data;
  guint n_ranks = 0;
  for (guint i = 0; i < hits->len; i++)
    if (g_array_index (hits, Hit, i).bands > 1)
      R[n_ranks++] = hit_rank (&g_array_index (hits, Hit, i));
  arr_within (ranks, n_ranks);
  if (ranks->len > l->max_lsh_candidates)
    {
      sort_u64 ((guint64 *) (gpointer) ranks->data, ranks->len);
      arr_cut (ranks, l->max_lsh_candidates);
    }
  guint room = MIN (l->max_lsh_candidates - ranks->len, l->max_single_band);
  guint multi = ranks->len;
  for (guint i = 0; room && i < hits->len; i++)
    {
      const Hit *h = &g_array_index (hits, Hit, i);
      if (h->bands != 1)
        continue;
      guint64 r = hit_rank (h);
      guint64 *best = (guint64 *) (gpointer) ranks->data + multi;
      guint n = ranks->len - multi;
      if (n == room && r >= best[n - 1])
        continue;
      if (n < room)
        arr_within (ranks, ranks->len + 1), n++;
      best = (guint64 *) (gpointer) ranks->data + multi;
      /* insert R, keeping the best N in order (the worst falls off) */
      guint k = n - 1;
      for (; k > 0 && best[k - 1] > r; k--)
        best[k] = best[k - 1];
      best[k] = r;
    }
  /* the denial pairs that cut left out come on top, newest first, at
   * most max_single_contained: the newest four mentions of election
   * meddling crowded the Mueller report's conclusion out of Russia's
   * denial.  Only added, so the hits the cut keeps are still compared */
  guint picked = ranks->len;
  for (guint i = 0; contained && i < hits->len; i++)
    {
      const Hit *h = &g_array_index (hits, Hit, i);
      if (!h->contained)
        continue;
      guint64 r = hit_rank (h);
      gboolean taken = FALSE;
      for (guint k = multi; k < picked && !taken; k++)
        taken = g_array_index (ranks, guint64, k) == r;
      if (!taken)
        {
          arr_within (ranks, ranks->len + 1);
          g_array_index (ranks, guint64, ranks->len - 1) = r;
        }
    }
  guint most = MIN (picked + l->max_single_contained, MAX (l->max_lsh_candidates, picked));
  if (ranks->len > most)
    {
      sort_u64 ((guint64 *) (gpointer) ranks->data + picked, ranks->len - picked);
      arr_cut (ranks, most);
    }
  /* and of those the cut left out, the max_single_share likely sharing
   * the most for their lengths (hit_score(), at least single_min_share):
   * only added, so the hits the cut keeps are still compared */
  guint64 best[8];
  guint n_best = 0, want = MIN (l->max_single_share, G_N_ELEMENTS (best));
  for (guint i = 0; want && single > l->max_single_band && i < hits->len; i++)
    {
      const Hit *h = &g_array_index (hits, Hit, i);
      if (h->bands != 1 || h->score < l->single_min_share)
        continue;
      guint64 r = hit_rank (h);
      gboolean taken = FALSE;
      for (guint k = multi; k < ranks->len && !taken; k++)
        taken = g_array_index (ranks, guint64, k) == r;
      if (taken)
        continue;
      /* best first: the highest score, then the newest */
      guint64 key = (guint64) (1000 - h->score) << 32 | (G_MAXUINT32 - h->index);
      if (n_best == want && key >= best[n_best - 1])
        continue;
      if (n_best < want)
        n_best++;
      guint k = n_best - 1;
      for (; k > 0 && best[k - 1] > key; k--)
        best[k] = best[k - 1];
      best[k] = key;
    }
  arr_room (cands, n_best + ranks->len);
  guint *out = (guint *) (gpointer) cands->data + cands->len;
  for (guint k = 0; k < n_best; k++)
    *out++ = G_MAXUINT32 - (guint32) best[k];
  for (guint i = 0; i < ranks->len; i++)
    *out++ = G_MAXUINT32 - (guint32) g_array_index (ranks, guint64, i);
  arr_within (cands, cands->len + n_best + ranks->len);
}

/* Start loading the posting map slots that index_item() will look up for
 * IT, an item ahead: the map is far larger than the caches, and loading
 * an item's slots just before reading them left most of each miss to
 * wait for.  Computes IT's entity and number keys into l->keys_next for
 * index_item() to take. */
static void
prefetch_postings (CgLinker *l, Item *it)
{
  if (!it->linkable)
    return;
  CgLinkStep *st = l->step;
  guint j = it->index - st->first;
  if (j < st->pend_ok->len && g_array_index (st->pend_ok, guint8, j))
    for (guint b = 0; b < l->bands; b++)
      map_prefetch (&l->lists_of, g_array_index (st->pend, guint64, (gsize) j * l->bands + b));
  posting_keys (l, it, l->keys_next);
  l->keys_next_of = it->index;
  for (guint i = 0; i < l->keys_next->len; i++)
    map_prefetch (&l->lists_of, g_array_index (l->keys_next, guint64, i));
  if (!is_quote (it))
    return;
  /* run_candidates()'s keys */
  GArray *seq = ARR (it, seq);
  for (guint i = 0; i + 1 < seq->len; i++)
    map_prefetch (&l->lists_of, posting_key (KEY_RUN, g_array_index (seq, Seq, i).concept,
                                             g_array_index (seq, Seq, i + 1).concept));
  CgAssertion *a = it->a;
  if (a->speaker_id == NULL)
    return;
  guint32 spk = l->flat[it->index].speaker;
  for (guint i = 0; HAS (it, fragment) && i < ARR (it, frag_content)->len; i++)
    map_prefetch (&l->lists_of, speaker_key (KEY_QUOTE, spk, g_array_index (ARR (it, frag_content), guint32, i)));
  for (guint i = 0; i < ARR (it, content)->len; i++)
    {
      guint32 c = g_array_index (ARR (it, content), guint32, i);
      map_prefetch (&l->lists_of, speaker_key (KEY_FRAGMENT, spk, c));
      map_prefetch (&l->lists_of, speaker_key (KEY_QUOTE, spk, c));
    }
}

/* The band keys of IT prepared in the step (index_item() reads them), or
 * NULL when it computes them itself. */
static const guint64 *
pend_bands (CgLinker *l, Item *it)
{
  CgLinkStep *st = l->step;
  guint j = it->index - st->first;
  if (!it->linkable || j >= st->pend_ok->len || !g_array_index (st->pend_ok, guint8, j))
    return NULL;
  return &g_array_index (st->pend, guint64, (gsize) j * l->bands);
}

/* A band posting list is up to three misses deep: the key's bucket, the
 * list's block (its length and first items) and the newest items of a
 * long one, which index_item() copies; only the bucket was prefetched,
 * and on a third of AllSides the copy and the lookups were two fifths of
 * cg-link.  index_step() walks the three levels items ahead of the one it
 * indexes: buckets three items ahead (prefetch_bands()), blocks two ahead
 * (prefetch_lists(), its buckets loaded by then), their newest items one
 * ahead (prefetch_list_items()).  Prefetches only: a list that changed in
 * between is merely loaded in vain. */
static void
prefetch_bands (CgLinker *l, Item *it)
{
  const guint64 *keys = pend_bands (l, it);
  for (guint b = 0; keys && b < l->bands; b++)
    map_prefetch (&l->lists_of, keys[b]);
}

/* The band slot values of IT into VALS (bands of them; NONE where there
 * is nothing to load), and the loads of their blocks started.
 * The slots are created here, as index_item() would, and kept for it in
 * l->ahead_slots: it looked each band up a second time, a fifth of the
 * making thread's lookups.  A key made two items early is the same
 * empty list the item before would have found or made. */
static void
prefetch_lists (CgLinker *l, Item *it, guint32 *vals)
{
  const guint64 *keys = pend_bands (l, it);
  guint half = it->index & 1;
  guint32 **slots = l->ahead_slots + half * l->bands;
  guint grown = l->lists_of.grown;
  for (guint b = 0; b < l->bands; b++)
    {
      guint32 *v = keys ? map_slot (&l->lists_of, keys[b], TRUE) : NULL;
      slots[b] = v;
      vals[b] = v && *v != NONE && *v != LIST_DEAD && (*v & LIST_BIT) ? *v & ~LIST_BIT : NONE;
      if (vals[b] != NONE)
        __builtin_prefetch (pool_block (l, vals[b]));
    }
  /* none kept when one of the lookups grew the map */
  l->ahead_of[half] = keys && grown == l->lists_of.grown ? it->index : NONE;
  l->ahead_grown[half] = grown;
}

/* Start loading the items index_item() will copy of the lists VALS
 * (prefetch_lists()) names. */
static void
prefetch_list_items (CgLinker *l, const guint32 *vals)
{
  for (guint b = 0; b < l->bands; b++)
    {
      /* a block freed or moved since prefetch_lists() is read in vain */
      if (vals[b] == NONE || (gsize) vals[b] * 4 >= l->lpool_len)
        continue;
      const guint32 *bk = pool_block (l, vals[b]);
      if (bk[0] > bk[1] || bk[0] > l->max_bucket || bk[0] <= 14)
        continue;     /* its items are on the line prefetch_lists() loads; or not read */
      guint take = MIN (bk[0], l->max_bucket_read);
      const char *p = (const char *) (bk + 2 + bk[0] - take), *end = (const char *) (bk + 2 + bk[0]);
      for (; p < end; p += 64)
        __builtin_prefetch (p);
      __builtin_prefetch (end - 1);
    }
}

/* Add the item to the indexes; with CANDS, first collect the earlier items
 * it collides with (sorted unique indexes). */
static void
index_item (CgLinker *l, Item *it, GArray *cands)
{
  if (!it->linkable)
    return;
  guint64 *sig = l->sig;
  CgLinkStep *st = l->step;
  guint j = it->index - st->first;
  gboolean ahead = l->keys_next_of == it->index;   /* prefetch_postings() ran */
  if (j < st->pend_ok->len && g_array_index (st->pend_ok, guint8, j))
    memcpy (sig, &g_array_index (st->pend, guint64, (gsize) j * l->bands), l->bands * sizeof *sig);
  else
    {
      signature (l, it, sig);
      band_keys (l, sig);
      ahead = FALSE;
    }
  if (!ahead)
    for (guint b = 0; b < l->bands; b++)
      map_prefetch (&l->lists_of, sig[b]);
  /* the slots prefetch_lists() found, if it ran for this item */
  guint half = it->index & 1;
  guint32 **slots = l->ahead_of[half] == it->index ? l->ahead_slots + half * l->bands : NULL;
  /* the collisions copied straight into l->lsh, sized for the most the
   * bands can give: an append call per band with items was a tenth of
   * indexing an item */
  guint *lsh = NULL, n_lsh = 0;
  if (cands)
    {
      g_array_set_size (l->lsh, l->bands * MIN (l->max_bucket_read, l->max_bucket));
      lsh = (guint *) (gpointer) l->lsh->data;
    }
  for (guint b = 0; b < l->bands; b++)
    {
      Posting bucket;
      if (slots && l->ahead_grown[half] == l->lists_of.grown)
        posting_at (l, slots[b], &bucket);
      else
        posting_find (l, sig[b], TRUE, &bucket);
      if (bucket.len > l->max_bucket)
        {
          posting_retire (l, &bucket);
          continue;     /* boilerplate run: neither candidates nor growth */
        }
      /* the newest max_bucket_read of its items only (see [minhash]) */
      if (cands && bucket.len)
        {
          guint take = MIN (bucket.len, l->max_bucket_read);
          const guint32 *from = bucket.items + bucket.len - take;
          for (guint k = 0; k < take; k++)
            lsh[n_lsh + k] = from[k];
          n_lsh += take;
          l->n_lsh_read += take;
        }
      posting_add (l, &bucket, it->index);
    }
  if (cands)
    {
      arr_cut (l->lsh, n_lsh);
      best_lsh (l, it->index, cands);
    }

  GArray *keys = l->keys;
  if (l->keys_next_of == it->index)
    {
      l->keys = l->keys_next, l->keys_next = keys, keys = l->keys;
      l->keys_next_of = NONE;
    }
  else
    {
      posting_keys (l, it, keys);
      for (guint i = 0; i < keys->len; i++)
        map_prefetch (&l->lists_of, g_array_index (keys, guint64, i));
    }
  guint from_entities = 0;
  for (guint i = 0; i < keys->len; i++)
    {
      Posting post;
      posting_find (l, g_array_index (keys, guint64, i), TRUE, &post);
      if (post.len > l->max_entity_df)
        {
          if (posting_retire (l, &post))
            entity_retire (l, it, g_array_index (keys, guint64, i));
          continue;     /* not rare: says nothing about the pair */
        }
      if (cands && from_entities < l->max_entity_candidates)
        {
          guint take = MIN (post.len, l->max_entity_candidates - from_entities);
          g_array_append_vals (cands, post.items, take);
          from_entities += take;
        }
      posting_add (l, &post, it->index);
    }
  speaker_candidates (l, it, cands);
  run_candidates (l, it, cands);
  concept_candidates (l, it, cands);
  if (cands)
    sort_unique (cands);
}

/* ---- exact comparison ----------------------------------------------------- */

static guint
seq_find (Item *it, guint32 concept, gboolean plain_only)
{
  for (guint j = 0; j < ARR (it, seq)->len; j++)
    {
      Seq *q = &g_array_index (ARR (it, seq), Seq, j);
      if (q->concept == concept && (!plain_only || q->cue == 0))
        return j;
    }
  return G_MAXUINT;
}

/* The concepts right before seq position POS in its clause (at most
 * WINDOW): the subject of what stands there.  Do the subjects before SPOS
 * in S and OPOS in O name different things (both named, nothing in
 * common)?  "a farmer from Iowa who never went to law school" / "Braley
 * went to ... law school". */
static gboolean
subjects_differ (Item *s, guint spos, guint16 sclause, Item *o, guint opos, guint16 oclause, guint window)
{
  guint n_o = 0;
  for (guint j = opos; j-- > 0 && n_o < window && g_array_index (ARR (o, seq), Seq, j).clause == oclause;)
    n_o++;
  if (n_o == 0)
    return FALSE;
  guint n_s = 0;
  for (guint i = spos; i-- > 0 && n_s < window;)
    {
      Seq *a = &g_array_index (ARR (s, seq), Seq, i);
      if (a->clause != sclause)
        break;
      n_s++;
      for (guint j = opos, k = 0; j-- > 0 && k < n_o; k++)
        if (a->concept == g_array_index (ARR (o, seq), Seq, j).concept)
          return FALSE;
    }
  return n_s > 0;
}

/* Do the subjects before SPOS in S and OPOS in O name the same thing: a
 * concept within WINDOW before both, in their clauses?  A pronoun is no
 * concept, so "he does not see a path forward" / "lawmakers need to see a
 * path forward" share none; a word after a pronoun is its predicate, and
 * a negated word no subject ("she neither sent nor received"). */
static guint
subject_words (Item *it, guint pos, guint16 clause, guint window, guint32 *out)
{
  guint n = 0, seen = 0;
  for (guint i = pos; i-- > 0 && seen < window;)
    {
      Seq *a = &g_array_index (ARR (it, seq), Seq, i);
      if (a->clause != clause || a->pron)
        break;
      seen++;
      if (a->cue == 0)
        out[n++] = a->concept;
    }
  return n;
}

static gboolean
subjects_share (Item *s, guint spos, guint16 sclause, Item *o, guint opos, guint16 oclause, guint window)
{
  guint32 ws[16], wo[16];
  window = MIN (window, 16);
  guint ns = subject_words (s, spos, sclause, window, ws), no = subject_words (o, opos, oclause, window, wo);
  for (guint i = 0; i < ns; i++)
    for (guint j = 0; j < no; j++)
      if (ws[i] == wo[j])
        return TRUE;
  return FALSE;
}

/* The marks' bits (see mark_set()): an id of the marked item's content,
 * of its words. */
enum { MARK_CONTENT = 1, MARK_WORDS = 2 };

/* Is id ID among the marks of generation GEN with BIT (the filter said
 * it may be)? */
static inline gboolean
marked (const guint32 *marks, guint32 n_marks, guint32 id, guint32 gen, guint32 bit)
{
  if (id >= n_marks)
    return FALSE;
  guint32 m = marks[id];
  return (m & ~3u) == gen && (m & bit) != 0;
}

/* Is V among IT's content concepts?  The item compared with its
 * candidates has its content marked (compare() counts the shared
 * content first), and the mark answers in a few instructions what a
 * binary search of its content answered (the compare thread at p10:
 * 1,868M -> 1,845M instructions). */
static inline gboolean
has_content (CgLinker *l, Item *it, guint32 v)
{
  if (l->marked == it->index && (l->marked_bits & MARK_CONTENT) && !l->no_marks)
    return marked ((const guint32 *) (gpointer) l->marks->data, l->marks->len, v, l->mark_gen << 2, MARK_CONTENT);
  return contains (ARR (it, content), v);
}

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
  for (guint i = 0; i < ARR (x, names)->len && !ex; i++)
    if (!has_content (l, y, g_array_index (ARR (x, names), guint32, i)))
      ex = str_of (l, g_array_index (ARR (x, names), guint32, i));
  for (guint i = 0; i < ARR (y, names)->len && !ey; i++)
    if (!has_content (l, x, g_array_index (ARR (y, names), guint32, i)))
      ey = str_of (l, g_array_index (ARR (y, names), guint32, i));
  if (ex && ey && why)
    g_string_append_printf (why, "different entities %s / %s", ex, ey);
  return ex && ey;
}

/* Do the names X and Y share weigh more than those either lacks: at
 * least supports_names_shared of them and supports_names_ratio times the
 * larger count of names one side has alone?  A month or a day one side
 * names alone is another date ("conducted November 18-20" / "from July
 * 18-20"), whatever else they share. */
static gboolean
names_outweigh (CgLinker *l, Item *x, Item *y)
{
  for (int side = 0; side < 2; side++)
    {
      Item *a = side ? y : x, *b = side ? x : y;
      for (guint i = 0; i < ARR (a, names)->len; i++)
        {
          guint32 n = g_array_index (ARR (a, names), guint32, i);
          if (contains (l->date_ids, n) && !has_content (l, b, n))
            return FALSE;
        }
    }
  guint nx = ARR (x, names)->len, ny = ARR (y, names)->len;
  guint shared = intersect_count (ARR (x, names), ARR (y, names));
  guint alone = MAX (nx - shared, ny - shared);
  return shared >= l->su_names_shared && shared >= l->su_names_ratio * alone;
}

/* Does A name, alone, someone or something B does not: a name of A
 * missing from B's concepts that is no title, party or body
 * ([role_names]: "Sen.", "Republican", "House" tell no one apart), no
 * initial ("Vladimir V. Putin"), no day or month unless B names another
 * one ("on Friday" is when, not who), and no given name unless B names
 * another one alone ("President Donald Trump" / "President Trump" is one
 * man, "Bill Clinton" / "Hillary Clinton" two)?  Returns the first such
 * name's concept, or NONE. */
static guint32
name_alone (CgLinker *l, Item *a, Item *b)
{
  gboolean b_dated = FALSE, b_given = FALSE;
  for (guint i = 0; i < ARR (b, names)->len; i++)
    {
      guint32 n = g_array_index (ARR (b, names), guint32, i);
      guint8 c = l->id_bits[n];
      b_dated = b_dated || (c & ID_DATE);
      b_given = b_given || ((c & (ID_GIVEN | ID_DATE)) == ID_GIVEN && !has_content (l, a, n));
    }
  for (guint i = 0; i < ARR (a, names)->len; i++)
    {
      guint32 n = g_array_index (ARR (a, names), guint32, i);
      guint8 c = l->id_bits[n];
      if ((c & (ID_ROLE | ID_SHORT)) || has_content (l, b, n))
        continue;
      if (c & ID_DATE)
        {
          if (b_dated)
            return n;
          continue;
        }
      if ((c & ID_GIVEN) && !b_given)
        continue;
      return n;
    }
  return NONE;
}

/* Different entities for support: each side names alone someone the
 * other does not (name_alone()).  Fewer words count as names than in
 * entity_conflict(): two outlets' accounts of one event differ in
 * titles ("Sen. Cory Booker" / "Senator Cory Booker (D-N.J.)") and in
 * whether they give the day, not in who did what. */
static gboolean
support_conflict (CgLinker *l, Item *x, Item *y)
{
  return name_alone (l, x, y) != NONE && name_alone (l, y, x) != NONE;
}

/* Both texts name years, none in common. */
static gboolean
years_apart (Item *x, Item *y)
{
  return ARR (x, years)->len > 0 && ARR (y, years)->len > 0 && intersect_count (ARR (x, years), ARR (y, years)) == 0;
}

/* Different times: articles further apart than the setting, or explicit
 * years with nothing in common. */
static gboolean
time_apart (CgLinker *l, Item *x, Item *y)
{
  if (x->day >= 0 && y->day >= 0 && fabs ((double) (x->day - y->day)) > l->change_days)
    return TRUE;
  return years_apart (x, y);
}

/* The latest year IT names, or 0. */
static guint32
last_year (Item *it)
{
  GArray *ys = ARR (it, years);
  return ys->len ? g_array_index (ys, guint32, ys->len - 1) : 0;
}

/* Which of two time-apart items was said first: by the articles' dates
 * when they are further apart than the setting, else by the years the
 * texts name, else the one indexed first. */
static Item *
older (Item *x, Item *y)
{
  if (x->day >= 0 && y->day >= 0 && x->day != y->day)
    return x->day < y->day ? x : y;
  guint32 yx = last_year (x), yy = last_year (y);
  if (yx != yy && yx && yy)
    return yx < yy ? x : y;
  return x->index < y->index ? x : y;
}

static void
append_day (GString *s, gint64 day)
{
  GDate d;
  g_date_clear (&d, 1);
  g_date_set_julian (&d, (guint32) day);
  g_string_append_printf (s, "%04d-%02d-%02d", g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d));
}

static void
append_years (GString *s, Item *it)
{
  GArray *ys = ARR (it, years);
  for (guint i = 0; i < ys->len; i++)
    g_string_append_printf (s, "%s%u", i ? "," : "", g_array_index (ys, guint32, i));
}

/* Why OLD and YOUNG are two moments, appended to EV: both dates and the
 * gap in days, or the years each text names (and the dates, if known). */
static void
time_evidence (CgLinker *l, Item *old, Item *young, GString *ev)
{
  gboolean dated = old->day >= 0 && young->day >= 0;
  if (dated && fabs ((double) (young->day - old->day)) > l->change_days)
    {
      g_string_append (ev, "changed over time: ");
      append_day (ev, old->day);
      g_string_append_printf (ev, " (%s) to ", old->a->id);
      append_day (ev, young->day);
      g_string_append_printf (ev, " (%s), %" G_GINT64_FORMAT " days apart", young->a->id, young->day - old->day);
      return;
    }
  g_string_append (ev, "changed over time: years ");
  append_years (ev, old);
  g_string_append_printf (ev, " (%s) to ", old->a->id);
  append_years (ev, young);
  g_string_append_printf (ev, " (%s), no year in common", young->a->id);
  if (dated)
    {
      g_string_append (ev, "; articles ");
      append_day (ev, old->day);
      g_string_append (ev, " and ");
      append_day (ev, young->day);
    }
}

static gboolean
near_value (CgLinker *l, double a, double b)
{
  double hi = MAX (fabs (a), fabs (b)), lo = MIN (fabs (a), fabs (b));
  return lo > 0 ? hi / lo <= l->number_ratio : hi == lo;
}

/* Is [value_units] bit B - 1 in a kind's MASK? */
static gboolean
unit_in (guint8 b, guint32 mask)
{
  return b > 0 && (mask >> (b - 1) & 1);
}

/* The kind mask of [value_units] bit B - 1 (B > 0). */
static guint32
unit_kind (CgLinker *l, guint8 b)
{
  for (guint k = 0; k < l->unit_kinds->len; k++)
    if (unit_in (b, g_array_index (l->unit_kinds, guint32, k)))
      return g_array_index (l->unit_kinds, guint32, k);
  return 0;
}

static gboolean
same_value (CgLinker *l, Number *a, Number *b)
{
  if (!same_str (a->unit, b->unit) && (a->unit || b->unit))
    return FALSE;
  /* two units of one kind are compared in its measure: "81 months" is
   * "seven years", "10 days" is not "10 weeks" */
  if (a->unit_bit && b->unit_bit && a->unit_bit != b->unit_bit && unit_in (b->unit_bit, unit_kind (l, a->unit_bit))
      && l->unit_value[a->unit_bit - 1] > 0 && l->unit_value[b->unit_bit - 1] > 0)
    return near_value (l, a->measure, b->measure);
  return near_value (l, a->value, b->value);
}

/* Does an amount X states in one of the units OWN (of the kind MASK)
 * agree, in the kind's measure, with an amount of that kind Y states?
 * A figure's amount is its Number.measure, a unit phrase's ("a week")
 * its value=. */
static gboolean
amounts_meet (CgLinker *l, const Item *x, guint32 own, const Item *y, guint32 mask)
{
  GArray *nx = ARR (x, numbers), *ny = ARR (y, numbers);
  for (int i = -16; i < (int) nx->len; i++)
    {
      double a;
      if (i < 0)
        {
          guint b = (guint) (i + 16);
          if (!((own & x->unit_phrases) >> b & 1) || l->unit_value[b] <= 0)
            continue;
          a = l->unit_value[b];
        }
      else
        {
          Number *na = &g_array_index (nx, Number, i);
          if (!unit_in (na->unit_bit, own) || l->unit_value[na->unit_bit - 1] <= 0)
            continue;
          a = na->measure;
        }
      for (guint b = 0; b < 16; b++)
        if ((y->unit_phrases & mask) >> b & 1 && l->unit_value[b] > 0 && near_value (l, a, l->unit_value[b]))
          return TRUE;
      for (guint j = 0; j < ny->len; j++)
        {
          Number *nb = &g_array_index (ny, Number, j);
          if (unit_in (nb->unit_bit, mask) && l->unit_value[nb->unit_bit - 1] > 0 && near_value (l, a, nb->measure))
            return TRUE;
        }
    }
  return FALSE;
}

/* Does each of X and Y name a unit of one kind the other does not
 * ("could last more than a week" / "more than a year", "10 days" / "10
 * weeks", "millions" / "billions"), with no amount in those units that
 * agrees in the kind's measure with one of the other ("sentenced to 81
 * months" / "a nearly seven-year prison sentence" agree)?  The unit is
 * part of the value: the same words around two amounts of time or money
 * are two statements. */
static gboolean
units_apart (CgLinker *l, const Item *x, const Item *y)
{
  guint32 xo = x->units & ~y->units, yo = y->units & ~x->units;
  if (xo == 0 || yo == 0)
    return FALSE;
  for (guint k = 0; k < l->unit_kinds->len; k++)
    {
      guint32 mask = g_array_index (l->unit_kinds, guint32, k);
      if ((xo & mask) && (yo & mask) && !amounts_meet (l, x, xo & mask, y, mask) && !amounts_meet (l, y, yo & mask, x, mask))
        return TRUE;
    }
  return FALSE;
}

/* Does IT state a figure equal to NB anywhere? */
static gboolean
states (CgLinker *l, Item *it, Number *nb)
{
  for (guint i = 0; i < ARR (it, numbers)->len; i++)
    if (same_value (l, &g_array_index (ARR (it, numbers), Number, i), nb))
      return TRUE;
  return FALSE;
}

/* Does each of X and Y state a figure (years aside) that HAS finds
 * nowhere in the other?  A figure only one side states separates nothing. */
static gboolean
figures_each_own (CgLinker *l, Item *x, Item *y, gboolean (*has) (CgLinker *, Item *, Number *))
{
  GArray *nx = ARR (x, numbers), *ny = ARR (y, numbers);
  if (nx->len == 0 || ny->len == 0)
    return FALSE;
  gboolean x_in_y = TRUE, y_in_x = TRUE;
  for (guint i = 0; i < nx->len && x_in_y; i++)
    x_in_y = has (l, y, &g_array_index (nx, Number, i));
  for (guint i = 0; i < ny->len && y_in_x; i++)
    y_in_x = has (l, x, &g_array_index (ny, Number, i));
  return !x_in_y && !y_in_x;
}

/* Does each of X and Y state a figure with none of them all in the other
 * ("a margin of sampling error of plus or minus 3.9, while it's 4.1
 * points for registered voters" / "a margin of error of plus or minus 4
 * percentage points")?  Then, whatever words they share, they are not
 * shown to say the same thing. */
static gboolean
figures_apart (CgLinker *l, Item *x, Item *y)
{
  return figures_each_own (l, x, y, states);
}

/* V rounded to N significant digits. */
static double
round_sig (double v, int n)
{
  if (v == 0)
    return 0;
  double scale = pow (10, n - 1 - (int) floor (log10 (fabs (v))));
  return round (v * scale) / scale;
}

static gboolean
equal_value (double a, double b)
{
  return fabs (a - b) <= 1e-9 * MAX (fabs (a), fabs (b));
}

/* The significant digits of V (1,300,000: 2; 20: 1; 62.6: 3). */
static int
sig_digits (double v)
{
  int n = 1;
  while (n < 15 && !equal_value (round_sig (v, n), v))
    n++;
  return n;
}

/* Is A, rounded to B's significant digits, B, where B keeps two or more
 * ("$1,275,000" / "nearly $1.3 million", "3.47" / "3.5")?  A figure of
 * one significant digit is too round to tell rounding from another
 * value (21 / 20 percent, 3.5 / 4 points). */
static gboolean
rounds_to (double a, double b)
{
  int sb = sig_digits (b);
  return sb >= 2 && sb < sig_digits (a) && equal_value (round_sig (a, sb), b);
}

/* Does IT state NB's very figure: the same value, or one that rounds to
 * the other, in the same unit or with the unit on one side only ("26 to
 * 28 percent" / "26 percent to 28 percent"); two units of one kind
 * compared in the kind's measure, as same_value() does?  Not within
 * number_ratio: that tolerance is for conflicts, which two accounts of
 * one amount must not make; the same words around 182 and 173 nominees,
 * 21 and 20 percent or 24 and 23 seats are two statements. */
static gboolean
states_exactly (CgLinker *l, Item *it, Number *nb)
{
  for (guint i = 0; i < ARR (it, numbers)->len; i++)
    {
      Number *a = &g_array_index (ARR (it, numbers), Number, i);
      if (a->unit && nb->unit && !same_str (a->unit, nb->unit))
        continue;
      if (a->unit_bit && nb->unit_bit && a->unit_bit != nb->unit_bit)
        {
          if (same_value (l, a, nb))
            return TRUE;
          continue;
        }
      if (equal_value (a->value, nb->value) || rounds_to (a->value, nb->value) || rounds_to (nb->value, a->value))
        return TRUE;
    }
  return FALSE;
}

/* Does each of X and Y state a figure (years aside) the other does not
 * state exactly?  Then texts of nearly the same words are two statements,
 * not one: "It takes 2,383 delegates to win the Democratic nomination." /
 * "it takes 1990 delegates ...", "At least 173 female major party
 * nominees will also run for the House" / "At least 182 ...", a poll's
 * margin of error of 4 points / of 3.5 (same_as.shingles).  A figure only
 * one side states (the longer text's own) separates nothing. */
static gboolean
figures_differ (CgLinker *l, Item *x, Item *y)
{
  return figures_each_own (l, x, y, states_exactly);
}

/* Does IT open on a [conditional] clause ("If Trump had committed ...")
 * closed by a clause mark before the text ends?  Then that clause is an
 * antecedent and what follows it the text's claim.  A text that is all
 * condition ("if you don't dominate you're wasting your time", printed
 * without its comma) tells no antecedent apart: FALSE. */
static gboolean
opens_condition (const Item *it)
{
  GArray *seq = ARR (it, seq);
  if (seq->len == 0 || !g_array_index (seq, Seq, 0).cond)
    return FALSE;
  guint16 first = g_array_index (seq, Seq, 0).clause;
  for (guint i = 1; i < seq->len; i++)
    if (g_array_index (seq, Seq, i).clause != first)
      return TRUE;
  return FALSE;
}

/* Does X (opens_condition()) hold the words it shares with Y, which
 * opens on no condition and states them outside any condition, in its
 * antecedent only?  An antecedent asserts
 * nothing, so Y's claim is not said again there: "Trump had committed an
 * impeachable offense" (Republicans, in claim c49555 with Amash's "Trump
 * has committed impeachable offenses") / "If Trump had committed some
 * offense that a goodly portion of the country believed was impeachable,
 * then the mere commencement of an impeachment inquiry would not pose a
 * difficult vote for anyone" (McCarthy, same_as.shingles, containment
 * 1.00).  Apart when same_as_antecedent_share of the content concepts
 * both hold stand in X's antecedent and nowhere else in X, and in Y
 * outside a condition (a word or two of a longer claim may sit there:
 * "Removing Trump from office would take a two-thirds majority" / "If
 * Trump is impeached, a trial would be held in the ... Senate, where a
 * two-thirds majority ... would be needed to vote to remove the president
 * from office"); a text found in the other's consequent ("If
 * Reade's accusations were true, there would be a paper trail") is not,
 * nor one holding the same condition inside ("Our Country is Free ... If
 * you hate our Country, ..., you can leave").  Only an opening clause:
 * a condition inside a text ("working from home if possible and avoiding
 * social gatherings") runs to the next clause mark, which outlets print
 * or drop, and was measured to part one quote from its own copies.
 * Linear in the two texts; asked only of pairs already equal or
 * contained by their words. */
static gboolean
antecedent_only (CgLinker *l, const Item *x, const Item *y)
{
  GArray *seq = ARR (x, seq), *oseq = ARR (y, seq);
  guint16 first = g_array_index (seq, Seq, 0).clause;
  GArray *stated = g_array_new (FALSE, FALSE, sizeof (guint32)), *ostated = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint i = 0; i < seq->len; i++)
    if (!g_array_index (seq, Seq, i).cond || g_array_index (seq, Seq, i).clause != first)
      {
        guint32 c = g_array_index (seq, Seq, i).concept;
        g_array_append_val (stated, c);
      }
  for (guint i = 0; i < oseq->len; i++)
    if (!g_array_index (oseq, Seq, i).cond)
      {
        guint32 c = g_array_index (oseq, Seq, i).concept;
        g_array_append_val (ostated, c);
      }
  sort_unique (stated);
  sort_unique (ostated);
  GArray *cx = ARR (x, content), *cy = ARR (y, content);
  const guint32 *a = (const guint32 *) (gpointer) cx->data, *b = (const guint32 *) (gpointer) cy->data;
  guint i = 0, j = 0, shared = 0, only_there = 0;
  while (i < cx->len && j < cy->len)
    {
      if (a[i] < b[j])
        i++;
      else if (a[i] > b[j])
        j++;
      else
        {
          shared++;
          only_there += !contains (stated, a[i]) && contains (ostated, a[i]);
          i++, j++;
        }
    }
  g_array_free (stated, TRUE);
  g_array_free (ostated, TRUE);
  return shared > 0 && only_there >= l->sa_antecedent_share * shared;
}

/* antecedent_only() of whichever of X and Y opens on a condition, when
 * the other does not. */
static gboolean
condition_apart (CgLinker *l, const Item *x, const Item *y)
{
  gboolean cx = opens_condition (x), cy = opens_condition (y);
  if (cx == cy)
    return FALSE;
  const Item *c = cx ? x : y, *o = cx ? y : x;
  if (ARR (o, seq)->len > 0 && g_array_index (ARR (o, seq), Seq, 0).cond)
    return FALSE;   /* the other is all condition */
  return antecedent_only (l, c, o);
}

/* A number worth comparing: with a unit ("$", "%"), or large enough that
 * it is not a count, a day or an hour, which differ about different
 * things far more often than they conflict. */
static gboolean
comparable (CgLinker *l, Number *nb)
{
  return !nb->part && (nb->unit != NULL || fabs (nb->value) >= l->numeric_min_unitless);
}

/* The base of a share: the same word right before both figures, and the
 * word before that the same or stated by the other side too ("combined
 * rate of 45.8 percent" is not the "tax rate"). */
static gboolean
same_base (CgLinker *l, Item *x, Number *nx, Item *y, Number *ny)
{
  if (nx->before == NONE || nx->before != ny->before)
    return FALSE;
  if (nx->before2 == ny->before2)
    return TRUE;
  return (nx->before2 == NONE || has_content (l, y, nx->before2))
         && (ny->before2 == NONE || has_content (l, x, ny->before2));
}

/* Does each side state a figure in a unit the other states too, with
 * none of the values of the other?  Then they are not the same
 * proposition, conflict or not ("a combined rate of 45.8 percent" / "a
 * tax rate of 31.5 percent"). */
static gboolean
other_figures (CgLinker *l, Item *x, Item *y)
{
  for (guint i = 0; i < ARR (x, numbers)->len; i++)
    {
      Number *nx = &g_array_index (ARR (x, numbers), Number, i);
      if (!comparable (l, nx) || nx->unit == NULL || states (l, y, nx))
        continue;
      for (guint j = 0; j < ARR (y, numbers)->len; j++)
        {
          Number *ny = &g_array_index (ARR (y, numbers), Number, j);
          if (comparable (l, ny) && same_str (nx->unit, ny->unit) && !states (l, x, ny))
            return TRUE;
        }
    }
  /* counts without a unit differ too when they count the same thing:
   * the concept right after both ("plus-or-minus 4 percentage points" /
   * "plus or minus 3.1 percentage points") */
  for (guint i = 0; i < ARR (x, numbers)->len; i++)
    {
      Number *nx = &g_array_index (ARR (x, numbers), Number, i);
      if (nx->part || nx->unit || nx->after == NONE || states (l, y, nx))
        continue;
      for (guint j = 0; j < ARR (y, numbers)->len; j++)
        {
          Number *ny = &g_array_index (ARR (y, numbers), Number, j);
          if (!ny->part && !ny->unit && ny->after == nx->after && !states (l, x, ny))
            return TRUE;
        }
    }
  return FALSE;
}

/* One idiom in two forms: the same rule, or rules with the same
 * "idiom" attribute ("in the best interest of" / "in the best interests
 * of"). */
static gboolean
same_idiom (const CgRule *a, const CgRule *b)
{
  const char *ka = cg_rule_attr (a, "idiom"), *kb = cg_rule_attr (b, "idiom");
  return a == b || (ka && kb && strcmp (ka, kb) == 0);
}

static gboolean shared_subject (CgLinker *l, Item *x, Item *y);
static gboolean same_periods (Item *x, Item *y);
static double period_reach (CgLinker *l, Item *it);

/* Do X and Y name someone or something in common: a name, or a
 * capitalized first content word the other has capitalized too ("Russia was
 * meddling" / "Russia had interfered", "Priebus as a good man" / "Mr.
 * Priebus is a good man")? */
static gboolean
anchored (CgLinker *l, Item *x, Item *y)
{
  if (shared_subject (l, x, y))
    return TRUE;
  if (x->lead != NONE && (x->lead == y->lead || contains (ARR (y, names), x->lead)))
    return TRUE;
  return y->lead != NONE && contains (ARR (x, names), y->lead);
}

/* Does each side name someone the other never mentions, counting a
 * capitalized first word as a name ("Bannon has been subpoenaed ... as
 * part of his investigation into Russian meddling" / "Flynn separately
 * pleaded guilty ... as part of special counsel Robert Mueller's
 * investigation")?  entity_conflict() with the first words. */
static gboolean
lead_conflict (CgLinker *l, Item *x, Item *y)
{
  /* a title or party opening a text ("President Trump", "Rep.", "Top
   * Democrats") names no one the other side lacks */
  gboolean xo = x->lead != NONE && !has_content (l, y, x->lead) && !contains (l->role_ids, x->lead);
  gboolean yo = y->lead != NONE && !has_content (l, x, y->lead) && !contains (l->role_ids, y->lead);
  if (!xo && !yo)
    return FALSE;
  /* names as name_alone() counts them: a title, an initial or a given
   * name the other side leaves out tells no one apart */
  gboolean xn = name_alone (l, x, y) != NONE, yn = name_alone (l, y, x) != NONE;
  return (xo && (yo || yn)) || (yo && xn);
}

/* Is what X and Y share, SHARED content concepts, mostly an idiom both
 * use: fewer than MIN concepts beyond it? */
static gboolean
idiom_shared (Item *x, Item *y, guint shared, guint min)
{
  if (x->idiom && y->idiom && same_idiom (x->idiom, y->idiom))
    {
      guint common = MIN (x->idiom_content, y->idiom_content);
      if (shared < common + min)
        return TRUE;
    }
  return FALSE;
}

/* May X and Y, sharing SHARED content concepts, support each other at
 * all?  Not when one is a participial phrase with no claim ("Speaking
 * Sunday to CNN's ..."), nor when what they share is mostly an idiom both
 * use ("the train has left the station", "light at the end of the
 * tunnel"): unrelated speakers say those of unrelated things.  Nor, from
 * different speakers, when they name nobody in common and share few
 * concepts: "the damage has already been done", "a decision is expected
 * by late June", "both states are represented by Republicans" are said of
 * whatever each article is about.  Nor a survey's note on its method
 * ([method_notes]). */
/* Does IT's text hold a marker of page furniture, matched as printed
 * (The Hill's related-story links, "... Live coverage: ... MORE (D-Md.)")? */
static gboolean
furnished (CgLinker *l, Item *it)
{
  for (guint i = 0; i < l->furniture->len; i++)
    if (strstr (it->a->text, ((CgRule *) g_ptr_array_index (l->furniture, i))->phrase))
      return TRUE;
  return FALSE;
}

/* Does IT's text hold a [method_notes] phrase? */
static gboolean
method_note (CgLinker *l, Item *it)
{
  return cg_normalizer_has_phrase (l->norm, l->method_notes, it->a->text, NULL);
}

/* Tests of an item's text alone that may_support() asks of both sides
 * of every pair, kept per item on the comparing thread: an item meets
 * many candidates, and normalizing its text again for each was about a
 * twentieth of comparing (perf, a third of AllSides).  Two bits each in
 * l->tested: asked, and the answer.  TEST_WISH is its cue's wish
 * (cg_claim_viewer_wish()), asked before the claim views are made;
 * TEST_SHARE is share_source(), which grounded() asks of both sides of
 * every pair it reads (4,276 normalizations of sources at subset-p10
 * where 2,643 items were read). */
enum { TEST_FURNISHED = 0, TEST_METHOD_NOTE = 2, TEST_WISH = 4, TEST_SHARE = 6 };

static gboolean share_source (CgLinker *l, Item *it);

static gboolean
text_test (CgLinker *l, Item *it, guint test)
{
  if (it->index >= l->tested->len)
    g_array_set_size (l->tested, MAX (it->index + 1, 2 * l->tested->len));
  guint8 *t = &g_array_index (l->tested, guint8, it->index);
  if (!(*t & (1u << test)))
    {
      gboolean yes = test == TEST_FURNISHED     ? furnished (l, it)
                     : test == TEST_METHOD_NOTE ? method_note (l, it)
                     : test == TEST_SHARE       ? share_source (l, it)
                                                : cg_claim_viewer_wish (l->viewer, it->a);
      *t |= (guint8) ((1u << test) | (yes ? 2u << test : 0));
    }
  return (*t & (2u << test)) != 0;
}

/* Is token I of T a content word: not a stopword, negation or number? */
static gboolean
plain_word (const CgNormText *t, guint i)
{
  return i < t->tokens->len
         && !(g_array_index (t->tokens, CgNormToken, i).flags & (CG_NORM_STOP | CG_NORM_NEGATION | CG_NORM_NUMBER));
}

static const char *
tok_word (const CgNormText *t, guint i)
{
  return g_array_index (t->tokens, CgNormToken, i).word;
}

/* Does T compare anything: a [comparison_words] word ("than", "most"), or
 * an [equatives] word on both sides of a content word ("as likely as")? */
static gboolean
compares (CgLinker *l, const CgNormText *t)
{
  for (guint i = 0; i < t->tokens->len; i++)
    {
      const char *w = tok_word (t, i);
      if (g_hash_table_contains (l->comparison_words, w))
        return TRUE;
      if (g_hash_table_contains (l->equatives, w) && plain_word (t, i + 1) && i + 2 < t->tokens->len
          && g_hash_table_contains (l->equatives, tok_word (t, i + 2)))
        return TRUE;
    }
  return FALSE;
}

/* Does T hold the concept C, and only plainly: never right after a word
 * of SET (the rules' [comparatives] or [ordinals])?  "very meaningful
 * talks ... much more meaningful that at any time" compares it too. */
static gboolean
holds_plain (const CgNormText *t, const char *c, GHashTable *set)
{
  gboolean found = FALSE;
  for (guint i = 0; i < t->tokens->len; i++)
    if (strcmp (g_array_index (t->tokens, CgNormToken, i).concept, c) == 0)
      {
        if (i > 0 && g_hash_table_contains (set, tok_word (t, i - 1)))
          return FALSE;
        found = TRUE;
      }
  return found;
}

/* Does S state a degree or a rank of a word that O states plainly?
 * "Clinton is considered less honest and trustworthy than Trump" is not
 * "Clinton is honest and trustworthy", nor "the eighth-highest number of
 * cases" "the highest number": a [comparatives] word right before a
 * content word with a [comparison_words] word ("than") within
 * comparison_window words after it, against a text comparing nothing; an
 * [ordinals] word before a [superlatives] word, against that superlative
 * with no ordinal and no [rank_sets] phrase ("one of the largest" holds
 * the third largest).  A quantity ("more than 45 minutes") has no word
 * between "more" and "than". */
static gboolean
degree_over (CgLinker *l, const CgNormText *s, const CgNormText *o, const char *otext)
{
  gint o_compares = -1, o_ranks = -1;
  for (guint i = 0; i + 1 < s->tokens->len; i++)
    {
      const char *w = tok_word (s, i);
      if (g_hash_table_contains (l->comparatives, w) && plain_word (s, i + 1))
        {
          gboolean than = FALSE;
          for (guint j = i + 2; j < s->tokens->len && j <= i + 1 + l->comparison_window && !than; j++)
            than = g_hash_table_contains (l->comparison_words, tok_word (s, j));
          if (!than)
            continue;
          if (o_compares < 0)
            o_compares = compares (l, o);
          if (!o_compares && holds_plain (o, g_array_index (s->tokens, CgNormToken, i + 1).concept, l->comparatives))
            return TRUE;
        }
      else if (g_hash_table_contains (l->ordinals, w) && g_hash_table_contains (l->superlatives, tok_word (s, i + 1)))
        {
          if (o_ranks < 0)
            o_ranks = cg_normalizer_has_phrase (l->norm, l->rank_sets, otext, NULL);
          if (!o_ranks && holds_plain (o, g_array_index (s->tokens, CgNormToken, i + 1).concept, l->ordinals))
            return TRUE;
        }
    }
  return FALSE;
}

/* degree_over() either way round, for a supports link about to be made
 * (the texts are normalized again here: few pairs get this far). */
static gboolean
degree_apart (CgLinker *l, Item *x, Item *y)
{
  CgNormText *tx = cg_normalize (l->norm, x->a->text), *ty = cg_normalize (l->norm, y->a->text);
  gboolean apart = degree_over (l, tx, ty, y->a->text) || degree_over (l, ty, tx, x->a->text);
  cg_norm_text_free (tx);
  cg_norm_text_free (ty);
  return apart;
}

/* Might TEXT hold a word of [event_predicates]?  A look at its lowered
 * characters, before the few texts that might are normalized. */
static gboolean
names_deed (CgLinker *l, const char *text)
{
  char *low = g_utf8_strdown (text, -1);
  gboolean found = FALSE;
  GHashTableIter it;
  gpointer form;
  g_hash_table_iter_init (&it, l->event_forms);
  while (!found && g_hash_table_iter_next (&it, &form, NULL))
    found = strstr (low, form) != NULL;
  g_free (low);
  return found;
}

/* Does T hold a word of [event_predicates] whose stem is STEM? */
static gboolean
tells_deed (CgLinker *l, const CgNormText *t, const char *stem)
{
  for (guint i = 0; i < t->tokens->len; i++)
    {
      const CgNormToken *k = &g_array_index (t->tokens, CgNormToken, i);
      if (g_hash_table_contains (l->event_forms, k->word) && strcmp (k->stem, stem) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Are X and Y two events told in the same words?  A deed done again and
 * again (a justice dissents or joins an opinion, a state launches a
 * missile, a president vetoes a bill), told as done (a word of
 * [event_predicates] of one stem in both texts: "dissented", not "the
 * dissent" nor "would veto") in articles more than event_apart_days
 * apart, is two deeds unless the texts share an anchor to one: a year, a
 * [dates] word, or a figure that is no mere count (a unit, or more than
 * event_count_max).  Texts naming years, none in common, tell two deeds
 * wherever printed ("launched several such missiles in 2017" / "in
 * 2019").  A state or a stance ("Mexico will pay for the
 * wall") names no such deed and repeats as one claim.  The texts are
 * normalized again here: few pairs get this far (a same_as link about to
 * be made, or a supports link, far apart in time, unanchored, holding
 * the letters of a deed). */
static gboolean
events_apart (CgLinker *l, Item *x, Item *y)
{
  if (l->event_apart_days <= 0)
    return FALSE;
  if ((x->day < 0 || y->day < 0 || fabs ((double) (x->day - y->day)) <= l->event_apart_days) && !years_apart (x, y))
    return FALSE;
  if (intersect_count (ARR (x, years), ARR (y, years)) > 0)
    return FALSE;
  GArray *wx = ARR (x, words), *wy = ARR (y, words);
  for (guint k = 0; k < l->date_ids->len; k++)
    {
      guint32 d = g_array_index (l->date_ids, guint32, k);
      if (contains (wx, d) && contains (wy, d))
        return FALSE;
    }
  GArray *nx = ARR (x, numbers), *ny = ARR (y, numbers);
  for (guint i = 0; i < nx->len; i++)
    {
      Number *a = &g_array_index (nx, Number, i);
      if (!a->unit && fabs (a->value) <= l->event_count_max)
        continue;
      for (guint j = 0; j < ny->len; j++)
        if (same_value (l, a, &g_array_index (ny, Number, j)))
          return FALSE;
    }
  if (!names_deed (l, x->a->text) || !names_deed (l, y->a->text))
    return FALSE;
  CgNormText *tx = cg_normalize (l->norm, x->a->text), *ty = cg_normalize (l->norm, y->a->text);
  gboolean apart = FALSE;
  for (guint i = 0; i < tx->tokens->len && !apart; i++)
    {
      const CgNormToken *k = &g_array_index (tx->tokens, CgNormToken, i);
      apart = g_hash_table_contains (l->event_forms, k->word) && tells_deed (l, ty, k->stem);
    }
  cg_norm_text_free (tx);
  cg_norm_text_free (ty);
  return apart;
}

static gboolean
may_support (CgLinker *l, Item *x, Item *y, guint shared, gboolean same_speaker)
{
  if (x->phrase || y->phrase)
    return FALSE;
  /* two texts carrying the same furniture share its words, not a claim
   * (Steny Hoyer's link blurb before "had been tasked with leading the
   * immigration talks" and before "are in the midst of negotiating") */
  if (text_test (l, x, TEST_FURNISHED) && text_test (l, y, TEST_FURNISHED))
    return FALSE;
  /* a survey's note on its own method ("The margin of sampling error is
   * plus or minus 2.5 percentage points", "Respondents were first
   * selected randomly ...") is true of its article's poll alone: two
   * polls' notes say the same words of two surveys */
  if (text_test (l, x, TEST_METHOD_NOTE) || text_test (l, y, TEST_METHOD_NOTE))
    return FALSE;
  if (!same_speaker && shared < l->su_anon_min_shared && !anchored (l, x, y))
    return FALSE;
  if (lead_conflict (l, x, y))
    return FALSE;
  /* "did not establish that the campaign conspired" leaves open what the
   * other states */
  if (x->open != y->open)
    return FALSE;
  /* anchored to other periods ("the economy added 80,000 jobs in June" /
   * "... in July", "last week" / "next week"): other events */
  if (HAS (x, periods) && HAS (y, periods) && !same_periods (x, y))
    return FALSE;
  /* the same period in articles dated more than change_over_time_days
   * apart: two events ("The Senate passed the bill unanimously late
   * Wednesday", a 2020 stimulus / "The Senate passed the same bill
   * Wednesday", a 2013 spending bill) */
  if (HAS (x, periods) && HAS (y, periods) && x->day >= 0 && y->day >= 0
      && fabs ((double) (x->day - y->day)) > l->change_days)
    return FALSE;
  /* a period told from the article's date ("Wednesday", "last month")
   * lies within its reach of that date: the same words in articles dated
   * further apart than both reaches name two times, two events ("Cohen
   * pleaded guilty last month to eight charges", September / "... last
   * month to a charge ... of lying to Congress", December; "a Fox News
   * poll released Wednesday", October / December) */
  if (HAS (x, periods) && HAS (y, periods) && x->day >= 0 && y->day >= 0
      && fabs ((double) (x->day - y->day)) > 2.0 * period_reach (l, x))
    return FALSE;
  return !idiom_shared (x, y, shared, (guint) l->su_min_shared);
}

/* The widest "reach=" of IT's [periods] phrases, in days (G_MAXUINT32
 * when none has one: no time told from the article's date). */
static double
period_reach (CgLinker *l, Item *it)
{
  guint best = 0;
  GArray *ids = ARR (it, periods);
  for (guint i = 0; i < ids->len; i++)
    best = MAX (best, GPOINTER_TO_UINT (g_hash_table_lookup (l->period_reach, GUINT_TO_POINTER (g_array_index (ids, guint32, i)))));
  return best ? (double) best : (double) G_MAXUINT32;
}

/* Does IT state a share ("69 percent in Ohio") that OTHER does not?  A
 * share is a part of some base (the respondents of a poll, a
 * population): a negation against a text without it opposes another
 * group ("Clinton is not honest and trustworthy, 69 percent in Ohio" /
 * "called Clinton honest or trustworthy").  The whole (whole_share,
 * "100 percent") is emphasis, not a part. */
static gboolean
share_alone (CgLinker *l, Item *it, Item *other)
{
  /* a share in words ("Forty-four percent also believe"): the unit's
   * word stands without a figure */
  for (guint k = 0; k < l->share_words->len; k++)
    {
      guint32 w = g_array_index (l->share_words, guint32, k);
      if (has_content (l, it, w) && !has_content (l, other, w))
        return TRUE;
    }
  for (guint i = 0; i < ARR (it, numbers)->len; i++)
    {
      Number *n = &g_array_index (ARR (it, numbers), Number, i);
      if (n->unit && g_hash_table_contains (l->based_units, n->unit) && fabs (n->value) < l->whole_share
          && !states (l, other, n))
        return TRUE;
    }
  return FALSE;
}

/* Do X and Y name a subject in common (a name that is not a month or a
 * day)? */
static gboolean
shared_subject (CgLinker *l, Item *x, Item *y)
{
  for (guint i = 0; i < ARR (x, names)->len; i++)
    {
      guint32 n = g_array_index (ARR (x, names), guint32, i);
      if (contains (ARR (y, names), n) && !contains (l->date_ids, n))
        return TRUE;
    }
  return FALSE;
}

/* The best conflicting pair of numbers about the same thing, or FALSE.
 * Only figures each side states alone can conflict: a range "40-60" or a
 * date "June 28 at 2 p.m." holds the other side's figure too.  With
 * OVER_YEARS, figures of texts naming years none in common may differ
 * too ("$585 billion in 2016" / "$779 billion in 2018"): a change over
 * time, which the caller must not call a contradiction. */
static gboolean
numeric_differ (CgLinker *l, Item *x, Item *y, gboolean same_source, gboolean over_years, GString *why)
{
  double best = 0;
  Number *bx = NULL, *by = NULL;
  /* figures about the same subject in the same period: a named entity in
   * common ("U.S."), and the same years or none ("35.7 percent last
   * year" / "31.55 percent from 2007 through 2014") */
  if (!shared_subject (l, x, y))
    return FALSE;
  if ((ARR (x, years)->len != ARR (y, years)->len
       || intersect_count (ARR (x, years), ARR (y, years)) != ARR (x, years)->len)
      && !(over_years && years_apart (x, y)))
    return FALSE;
  for (guint i = 0; i < ARR (x, numbers)->len; i++)
    {
      Number *nx = &g_array_index (ARR (x, numbers), Number, i);
      if (!comparable (l, nx) || states (l, y, nx))
        continue;
      for (guint j = 0; j < ARR (y, numbers)->len; j++)
        {
          Number *ny = &g_array_index (ARR (y, numbers), Number, j);
          if (!comparable (l, ny) || states (l, x, ny))
            continue;
          if (!same_str (nx->unit, ny->unit) && (nx->unit || ny->unit))
            continue;
          guint shared = intersect_count (nx->context, ny->context);
          if (shared < l->number_context_shared)
            continue;
          /* the same measured thing: a word next to both figures, and for
           * a share the same base ("tax rate of 35.7 percent" / "combined
           * rate"; "rate" before both) */
          if (intersect_count (nx->near, ny->near) < l->numeric_near_shared)
            continue;
          if (nx->unit && g_hash_table_contains (l->based_units, nx->unit) && !same_base (l, x, nx, y, ny))
            continue;
          /* shares from different sources are different polls or
           * samples, not one figure stated twice */
          if (nx->unit && g_hash_table_contains (l->based_units, nx->unit) && !same_source)
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
numeric_conflict (CgLinker *l, Item *x, Item *y, gboolean same_source, GString *why)
{
  return numeric_differ (l, x, y, same_source, FALSE, why);
}

/* Do the clause holding P in X and the clause holding Q in Y share
 * antonym_clause_shared concepts, after subjects that are not different
 * ones?  An opposite word in an extra clause opposes nothing. */
static gboolean
same_predicate (CgLinker *l, Item *x, guint32 p, Item *y, guint32 q)
{
  guint i = seq_find (x, p, FALSE), j = seq_find (y, q, FALSE);
  if (i == G_MAXUINT || j == G_MAXUINT)
    return FALSE;
  guint16 cx = g_array_index (ARR (x, seq), Seq, i).clause, cy = g_array_index (ARR (y, seq), Seq, j).clause;
  /* precision first: both words after one named subject, no pronoun
   * ("Trump will follow Clinton's speech" / "Trump with his largest lead") */
  if (g_array_index (ARR (x, seq), Seq, i).pron || g_array_index (ARR (y, seq), Seq, j).pron
      || !subjects_share (x, i, cx, y, j, cy, l->subject_window))
    return FALSE;
  guint shared = 0;
  for (guint a = 0; a < ARR (x, seq)->len; a++)
    {
      Seq *sa = &g_array_index (ARR (x, seq), Seq, a);
      if (sa->clause != cx || sa->concept == p)
        continue;
      gboolean seen = FALSE;
      for (guint a2 = 0; a2 < a && !seen; a2++)
        seen = g_array_index (ARR (x, seq), Seq, a2).clause == cx && g_array_index (ARR (x, seq), Seq, a2).concept == sa->concept;
      for (guint b = 0; b < ARR (y, seq)->len && !seen; b++)
        {
          Seq *sb = &g_array_index (ARR (y, seq), Seq, b);
          if (sb->clause == cy && sb->concept == sa->concept)
            {
              shared++;
              break;
            }
        }
    }
  return shared >= l->antonym_clause_shared;
}

static gboolean
antonym_pair (CgLinker *l, Item *x, Item *y, GString *why)
{
  for (guint i = 0; i < ARR (x, content)->len; i++)
    {
      guint32 p = g_array_index (ARR (x, content), guint32, i);
      /* a word of no pair: one byte read, not a key per word of Y */
      if (!(l->id_bits[p] & ID_ANTONYM) || has_content (l, y, p))
        continue;
      for (guint j = 0; j < ARR (y, content)->len; j++)
        {
          guint32 q = g_array_index (ARR (y, content), guint32, j);
          if (!(l->id_bits[q] & ID_ANTONYM) || has_content (l, x, q))
            continue;
          /* the pair's hashes first: a string only for the rare pair that may be one */
          gboolean hit = map_slot (&l->antonym_keys,
                                   posting_key (0, g_array_index (l->hashes, guint64, p), g_array_index (l->hashes, guint64, q)),
                                   FALSE) != NULL;
          if (hit)
            {
              char *key = g_strdup_printf ("%s\t%s", str_of (l, p), str_of (l, q));
              hit = g_hash_table_contains (l->antonyms, key);
              g_free (key);
            }
          if (hit && !same_predicate (l, x, p, y, q))
            hit = FALSE;
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
  return contains (ARR (it, negated), c) != it->whole;
}


/* Is concept C, negated in S by a cue of its text, negated in the same
 * predicate O states plainly?  The cue's predicate (the first content
 * word of its scope) must stand in O without negation, after a subject
 * that is not another one: "he does not volunteer that his service ..."
 * negates volunteering, not the service. */
static gboolean
cue_aligned (CgLinker *l, Item *s, guint32 c, Item *o)
{
  guint i = seq_find (s, c, FALSE);
  if (i == G_MAXUINT)
    return FALSE;
  guint16 cue = g_array_index (ARR (s, seq), Seq, i).cue;
  if (cue == 0)
    return TRUE;  /* "..., he said no": the answer denies all of it */
  Cue *k = &g_array_index (ARR (s, cuelist), Cue, cue - 1);
  if (k->inert || k->head == NONE || !has_content (l, o, k->head) || negated (o, k->head))
    return FALSE;
  guint j = seq_find (o, k->head, TRUE);
  if (j == G_MAXUINT)
    return TRUE;
  if (g_array_index (ARR (o, seq), Seq, j).cond)
    return FALSE;     /* "they might reconsider if the bill became law" asserts nothing */
  /* a cue opening its clause shares the subject of the cue before it:
   * "who never went to law school, never practiced law" */
  for (guint16 c = cue - 1; c > 0; c--)
    {
      Cue *prev = &g_array_index (ARR (s, cuelist), Cue, c - 1);
      guint16 here = k->pos < ARR (s, seq)->len ? g_array_index (ARR (s, seq), Seq, k->pos).clause : k->clause;
      if (k->pos > 0 && g_array_index (ARR (s, seq), Seq, k->pos - 1).clause == here)
        break;      /* this cue has words before it in its clause */
      if (prev->pos > 0 && g_array_index (ARR (s, seq), Seq, prev->pos - 1).clause == prev->clause)
        {
          k = prev;
          break;
        }
    }
  return !subjects_differ (s, k->pos, k->clause, o, j, g_array_index (ARR (o, seq), Seq, j).clause, l->subject_window);
}

/* The shared concepts negated on both sides. */
static guint
both_negated (Item *x, Item *y)
{
  guint n = 0;
  for (guint i = 0; i < ARR (x, negated)->len; i++)
    n += contains (ARR (y, negated), g_array_index (ARR (x, negated), guint32, i));
  return n;
}

/* flipped()'s count of concept A, negated on side S: the first four
 * named in WHY. */
static void
note_flip (CgLinker *l, Item *s, guint32 a, GString *why, Item **side, guint *n)
{
  if (*side == NULL)
    *side = s;
  if (why && *n < 4)
    {
      if (*n)
        g_string_append_c (why, ' ');
      g_string_append (why, str_of (l, a));
    }
  (*n)++;
}

/* The shared concepts negated on one side only, in the same predicate as
 * the other side states them (or denied with the whole text), written to
 * WHY (may be NULL); returns how many. */
static guint
flipped (CgLinker *l, Item *x, Item *y, GString *why)
{
  Item *side = NULL;
  guint n = 0, i = 0, j = 0;
  if (x->whole == y->whole)
    {
      /* then a shared concept flips only when one side's negated list
       * holds it and the other's does not: walk those two short sorted
       * lists (most are empty) instead of the contents, in the same
       * order of ids */
      GArray *gx = ARR (x, negated), *gy = ARR (y, negated);
      const guint32 *nx = (const guint32 *) (gpointer) gx->data, *ny = (const guint32 *) (gpointer) gy->data;
      while (i < gx->len || j < gy->len)
        {
          guint32 a;
          Item *s, *o;
          if (j == gy->len || (i < gx->len && nx[i] < ny[j]))
            a = nx[i++], s = x->whole ? y : x;
          else if (i == gx->len || ny[j] < nx[i])
            a = ny[j++], s = y->whole ? x : y;
          else
            {
              i++, j++;
              continue;
            }
          o = s == x ? y : x;
          if (has_content (l, x, a) && has_content (l, y, a) && (s->whole || cue_aligned (l, s, a, o)))
            note_flip (l, s, a, why, &side, &n);
        }
      if (why && side)
        g_string_prepend (why, side == x ? "<x>" : "<y>");
      return n;
    }
  while (i < ARR (x, content)->len && j < ARR (y, content)->len)
    {
      guint32 a = g_array_index (ARR (x, content), guint32, i), b = g_array_index (ARR (y, content), guint32, j);
      if (a < b)
        i++;
      else if (b < a)
        j++;
      else
        {
          gboolean nx = negated (x, a);
          Item *s = nx ? x : y, *o = nx ? y : x;
          if (nx != negated (y, a) && (s->whole || cue_aligned (l, s, a, o)))
            note_flip (l, s, a, why, &side, &n);
          i++, j++;
        }
    }
  if (why && side)
    g_string_prepend (why, side == x ? "<x>" : "<y>");
  return n;
}

/* Does a text its carrier disputes negate, in its own words, a concept
 * the other text shares and states without any negation?  The dispute
 * reverses the speaker's words only in the carrier's view: "he didn't
 * know Matt Whitaker", falsely claimed, is still a denial of "I know Matt
 * Whitaker".  A denial on both sides ("he did not recall that Kislyak
 * told him" / "he did not remember Mr. Kislyak later telling him") is
 * left to flipped(): its scopes, cut at different words, would differ. */
static gboolean
disputed_flip (CgLinker *l, Item *x, Item *y)
{
  Item *w = x->whole ? x : y, *o = w == x ? y : x;
  if (x->whole == y->whole || w->cues == 0 || o->cues > 0 || w->a->stance != CG_STANCE_DISPUTES)
    return FALSE;
  GArray *neg = ARR (w, negated);
  for (guint i = 0; i < neg->len; i++)
    {
      guint32 c = g_array_index (neg, guint32, i);
      if (has_content (l, o, c) && !contains (ARR (o, negated), c))
        return TRUE;
    }
  return FALSE;
}

static gboolean
earlier (Item *x, Item *y)
{
  if (x->day >= 0 && y->day >= 0 && x->day != y->day)
    return x->day < y->day;
  return x->index < y->index;
}

/* Can two items sharing at most SHARED content concepts reach the same_as
 * thresholds?  Their unshared concepts are words the other lacks, which
 * bounds the words they can share. */
static gboolean
same_as_possible (CgLinker *l, const Flat *fx, const Flat *fy, guint shared)
{
  if (fx->nwords == FLAT_NWORDS_MAX || fy->nwords == FLAT_NWORDS_MAX)
    return TRUE;   /* a word count held at its cap bounds nothing */
  double nx = fx->nwords, ny = fy->nwords;
  double m = MIN (nx - ((double) fx->ncontent - shared), ny - ((double) fy->ncontent - shared));
  if (m <= 0)
    return FALSE;
  return m / (nx + ny - m) >= l->sa_jaccard
         || (MIN (nx, ny) >= l->sa_min_words && m / MIN (nx, ny) >= l->sa_containment);
}

/* A stem's id in the comparing thread's own vocabulary (l->qvocab): the
 * comparing side must not intern in the linker's (the making thread
 * interns at once), and comparing stems as ids is cheaper than as
 * strings.  NEG_BIT marks a negation cue's token. */
#define NEG_BIT 0x80000000u

static guint32
quote_stem_id (CgLinker *l, const char *stem)
{
  /* most stems are the strings of the normalizer's word table, one
   * pointer a stem: remembered by pointer, checked by content (a text's
   * own strings come and go at reused addresses) */
  QuoteSlot *slot = &l->qslots[(GPOINTER_TO_SIZE (stem) * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)) >> (64 - QUOTE_SLOT_BITS)];
  if (slot->key == stem && strcmp (slot->str, stem) == 0)
    return slot->id;
  gpointer key, v;
  if (!g_hash_table_lookup_extended (l->qvocab, stem, &key, &v))
    {
      v = GUINT_TO_POINTER (g_hash_table_size (l->qvocab) + 1);
      g_assert (GPOINTER_TO_UINT (v) < NEG_BIT);
      key = g_string_chunk_insert (l->qstrings, stem);
      g_hash_table_insert (l->qvocab, key, v);
    }
  slot->key = stem;
  slot->str = key;
  slot->id = GPOINTER_TO_UINT (v);
  return slot->id;
}

static guint32
quote_id (CgLinker *l, const CgNormToken *t)
{
  return quote_stem_id (l, t->stem) | (t->flags & CG_NORM_NEGATION ? NEG_BIT : 0);
}

/* quote_stem_id() of the string of the linker's id ID, remembered by id
 * (l->qid_of, the comparing thread's own). */
static guint32
quote_id_of (CgLinker *l, guint32 id)
{
  if (id >= l->qid_of->len)
    g_array_set_size (l->qid_of, MAX (id + 1, 2 * l->qid_of->len));
  guint32 *q = &g_array_index (l->qid_of, guint32, id);
  if (*q == 0)
    *q = quote_stem_id (l, str_of (l, id));
  return *q;
}

/* Are the words of a sentence (its N stem ids A) printed in another text
 * (its BN stem ids B) in their order, nearly all of them
 * (same_as_containment of the longest common run in order, within a
 * stretch of B a few words longer than the sentence): the sentence
 * itself, not its words scattered over a longer statement ("I cut taxes
 * every year I was governor" / "We cut taxes every year totaling $19
 * billion ... the most conservative governor")? */
static gboolean
printed_in (CgLinker *l, const guint32 *a, guint n, const guint32 *b, guint bn)
{
  guint need = 0;
  for (guint i = 0; i < n; i++)
    need += !(a[i] & NEG_BIT);
  guint win = n + 4;
  guint *row = g_new (guint, 2 * (win + 1));
  gboolean ok = FALSE;
  for (guint start = 0; start < bn && !ok; start++)
    {
      /* a stretch opens on one of the sentence's first three words */
      guint32 first = b[start] & ~NEG_BIT;
      gboolean opens = FALSE;
      for (guint i = 0; i < MIN (n, 3) && !opens; i++)
        opens = (a[i] & ~NEG_BIT) == first;
      if (!opens)
        continue;
      guint m = MIN (win, bn - start);
      guint *prev = row, *cur = row + win + 1;
      memset (prev, 0, (m + 1) * sizeof (guint));
      for (guint i = 0; i < n; i++)
        {
          guint32 s = a[i] & ~NEG_BIT;
          gboolean counts = !(a[i] & NEG_BIT);
          cur[0] = 0;
          for (guint j = 1; j <= m; j++)
            {
              guint best = MAX (prev[j], cur[j - 1]);
              if (s == (b[start + j - 1] & ~NEG_BIT))
                best = MAX (best, prev[j - 1] + counts);
              cur[j] = best;
            }
          guint *t = prev;
          prev = cur, cur = t;
        }
      ok = prev[m] >= l->sa_containment * need;
    }
  g_free (row);
  return ok;
}

/* A quote's text as quote_sentence_in() reads it, normalized once on the
 * comparing thread and kept like the claim views (see QUOTE_CACHE_MAX):
 * a quote meets many candidates, and normalizing it again for each, the
 * whole text as the other side and each sentence as this side, was a
 * tenth of comparing.  The stems are those cg_normalize() gave, as
 * quote_id()s, so the answers are the same.  The other side's stem set
 * comes from its item's words (the same normalization), and its text is
 * normalized only when a sentence of this side passes the count (of
 * 21,236 calls on subset-p10, 15 found a sentence). */
typedef struct {
  guint32 from, to;       /* its bytes in the quote's text: [from, to) */
  guint32 first, len;     /* its stem ids in QuoteText.sentence_ids */
  guint   words;          /* its tokens but negations */
} QuoteSentence;

struct _QuoteText {
  GArray *whole;          /* guint32 stem ids of the whole text, or NULL until read as the other side */
  GArray *stems;          /* the ids of whole's tokens but negations, sorted unique, or NULL until read */
  GArray *sentences;      /* QuoteSentence, or NULL until read as this side */
  GArray *sentence_ids;   /* guint32 stem ids of the sentences, one after another */
};


/* The lines of a candidate's item the comparing loop starts loading
 * before it compares (perf samples of cg-compare on subset-p10, 1 line
 * against 4: link_step 205, 167 -> 156, 143). */
#define ITEM_LINES 4

static void
quote_text_free (QuoteText *q)
{
  if (q->whole)
    g_array_unref (q->whole);
  if (q->stems)
    g_array_unref (q->stems);
  if (q->sentences)
    {
      g_array_unref (q->sentences);
      g_array_unref (q->sentence_ids);
    }
  g_free (q);
}

/* IT's QuoteText (in l->quotes), its parts not read yet. */
static QuoteText *
quote_text (CgLinker *l, Item *it)
{
  QuoteText *q = kept_get (&l->quotes, it->index);
  if (q == NULL)
    {
      q = g_new0 (QuoteText, 1);
      kept_put (&l->quotes, it->index, q);
    }
  return q;
}

/* IT's stems (negations left out), sorted unique: the item's words, the
 * stems of the same normalization of its text, so the text need not be
 * normalized again unless its words' order is read (quote_whole()). */
static QuoteText *
quote_stems (CgLinker *l, Item *it)
{
  QuoteText *q = quote_text (l, it);
  if (q->stems)
    return q;
  GArray *words = ARR (it, words);
  q->stems = g_array_sized_new (FALSE, FALSE, sizeof (guint32), words->len);
  /* written in place: an append call per id was more than the ids */
  g_array_set_size (q->stems, words->len);
  guint32 *ids = (guint32 *) (gpointer) q->stems->data;
  for (guint i = 0; i < words->len; i++)
    ids[i] = quote_id_of (l, g_array_index (words, guint32, i));
  sort_unique (q->stems);
  return q;
}

/* IT's text normalized whole. */
static GArray *
quote_whole (CgLinker *l, Item *it)
{
  QuoteText *q = quote_text (l, it);
  if (q->whole)
    return q->whole;
  CgNormText *nt = cg_normalize (l->norm, it->a->text);
  q->whole = g_array_sized_new (FALSE, FALSE, sizeof (guint32), nt->tokens->len);
  g_array_set_size (q->whole, nt->tokens->len);
  for (guint i = 0; i < nt->tokens->len; i++)
    g_array_index (q->whole, guint32, i) = quote_id (l, &g_array_index (nt->tokens, CgNormToken, i));
  cg_norm_text_free (nt);
  return q->whole;
}

/* The end of a quote's sentence starting at P: just after its '.', '!'
 * or '?' before a space, a quotation mark or the end, not within an
 * ellipsis ("context that ... you can't" cuts a quote, it ends no
 * sentence); else the text's end.  The marks are found by strcspn(),
 * which skips the bytes between them many at a time. */
static const char *
sentence_end (const char *p)
{
  const char *e = p;
  for (;; e++)
    {
      e += strcspn (e, ".!?");
      if (*e == '\0' || ((e[1] == ' ' || e[1] == '\0' || e[1] == '"' || (guchar) e[1] == 0xe2)
                          && !(*e == '.' && e > p && e[-1] == '.')))
        break;
    }
  return *e ? e + 1 : e;
}

/* IT's text cut into sentences (sentence_end()), each normalized
 * alone. */
static QuoteText *
quote_sentences (CgLinker *l, Item *it)
{
  QuoteText *q = quote_text (l, it);
  if (q->sentences)
    return q;
  q->sentences = g_array_new (FALSE, FALSE, sizeof (QuoteSentence));
  q->sentence_ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  const char *text = it->a->text;
  GString *sent = l->scratch;
  for (const char *p = text; *p;)
    {
      const char *e = sentence_end (p);
      g_string_truncate (sent, 0);
      g_string_append_len (sent, p, e - p);
      CgNormText *nt = cg_normalize (l->norm, sent->str);
      guint first = q->sentence_ids->len, n = nt->tokens->len;
      QuoteSentence qs = { (guint32) (p - text), (guint32) (e - text), first, n, 0 };
      g_array_set_size (q->sentence_ids, first + n);
      guint32 *ids = &g_array_index (q->sentence_ids, guint32, first);
      const CgNormToken *toks = (const CgNormToken *) (gpointer) nt->tokens->data;
      for (guint i = 0; i < n; i++)
        {
          ids[i] = quote_id (l, &toks[i]);
          qs.words += !(ids[i] & NEG_BIT);
        }
      cg_norm_text_free (nt);
      g_array_append_val (q->sentences, qs);
      while (*e == ' ' || *e == '"')
        e++;
      p = e;
    }
  return q;
}

/* A sentence of quote S, of at least same_as_sentence_min_words words,
 * printed in quote O: nearly all its words (same_as_containment) among
 * O's.  Two outlets quoting one statement cut it at different sentences
 * ("This is a debate we want to have.  We're the ones who are offering a
 * plan to save Medicare ..." / "We're the ones who are offering a plan to
 * save Medicare ... We're the ones who are not raiding Medicare ...").
 * SHARED is how many words S and O share (intersect_count() of their
 * words).  Returns the sentence's first byte in S's text, or NULL. */
static const char *
quote_sentence_in (CgLinker *l, Item *s, Item *o, guint shared)
{
  const char *text = s->a->text;
  /* A quote of one sentence, all of its text, is read without
   * normalizing it: normalized alone, that sentence is the text the
   * item was made of, so its words (tokens but negations) are
   * s->tokens and its distinct ones S's words; each of those O lacks
   * (all but SHARED) is missing at least once.  When the words left
   * even so are too few, the count below fails too: this skips only
   * what cannot pass.  (Of 21,236 calls on subset-p10, 15 found a
   * sentence; half the quotes normalized here were one sentence.) */
  if (s->tokens < G_MAXUINT8 && !l->no_bound && *sentence_end (text) == '\0')
    {
      guint words = s->tokens, distinct = ARR (s, words)->len;
      guint missing = distinct > shared ? distinct - shared : 0;
      if (words < l->sa_sentence_words || (double) (words - MIN (missing, words)) < l->sa_containment * words)
        return NULL;
    }
  QuoteText *ot = quote_stems (l, o), *st = quote_sentences (l, s);
  const guint32 *stems = (const guint32 *) (gpointer) ot->stems->data;
  GString *sent = l->scratch;
  for (guint k = 0; k < st->sentences->len; k++)
    {
      QuoteSentence *qs = &g_array_index (st->sentences, QuoteSentence, k);
      if (qs->words < l->sa_sentence_words)
        continue;
      const guint32 *ids = &g_array_index (st->sentence_ids, guint32, qs->first);
      /* the words that may still be among O's: a sentence fails at its
       * first few missing words, most of them early */
      double need = l->sa_containment * qs->words;
      guint left = qs->words;
      for (guint i = 0; i < qs->len && left >= need; i++)
        if (!(ids[i] & NEG_BIT) && !sorted_has (stems, ot->stems->len, ids[i]))
          left--;
      if (left < need)
        continue;
      GArray *whole = quote_whole (l, o);
      if (!printed_in (l, ids, qs->len, (const guint32 *) (gpointer) whole->data, whole->len))
        continue;
      /* a set phrase ("Don't let the door hit you on the way out") is
       * said by many of many things */
      g_string_truncate (sent, 0);
      g_string_append_len (sent, text + qs->from, qs->to - qs->from);
      if (!cg_normalizer_has_phrase (l->norm, l->idioms, sent->str, NULL))
        return text + qs->from;
    }
  return NULL;
}

/* The words IT quotes: a mixed quote's quoted words when it has them
 * (not the reporter's words around them), else its text. */
static const char *
quoted_words (Item *it)
{
  if (it->a->kind == CG_KIND_MIXED && HAS (it, fragment) && it->fragment_text)
    return it->fragment_text;
  return it->a->text;
}

/* Is quote S printed inside quote O: its words in their order, nearly
 * all of them (same_as_containment, negations counted), within a stretch
 * of O at most four words longer, and no negation in that stretch that S
 * lacks ("I will resign" is not in "I will not resign")?  S needs
 * MIN_WORDS words, no [idioms] phrase and no question.  On TRUE, *SHARE
 * is the share of S's words matched. */
static gboolean
quoted_inside (CgLinker *l, Item *s, Item *o, guint min_words, double *share)
{
  const char *stext = quoted_words (s);
  if (s->question || is_question (stext) || cg_normalizer_has_phrase (l->norm, l->idioms, stext, NULL))
    return FALSE;
  CgNormText *st = cg_normalize (l->norm, stext);
  GArray *a = st->tokens;
  guint n = a->len, neg = 0;
  if (n < min_words)
    {
      cg_norm_text_free (st);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    neg += (g_array_index (a, CgNormToken, i).flags & CG_NORM_NEGATION) != 0;
  CgNormText *ot = cg_normalize (l->norm, o->a->text);
  GArray *b = ot->tokens;
  guint need = (guint) ceil (l->sa_containment * n - 1e-9);
  guint win = n + 4;
  guint *row = g_new (guint, 2 * (win + 1));
  gboolean ok = FALSE;
  for (guint start = 0; start < b->len && !ok; start++)
    {
      const char *first = g_array_index (b, CgNormToken, start).stem;
      gboolean opens = FALSE;
      for (guint i = 0; i < MIN (n, 3) && !opens; i++)
        opens = strcmp (g_array_index (a, CgNormToken, i).stem, first) == 0;
      if (!opens)
        continue;
      guint m = MIN (win, b->len - start);
      guint *prev = row, *cur = row + win + 1;
      memset (prev, 0, (m + 1) * sizeof (guint));
      for (guint i = 0; i < n; i++)
        {
          const char *stem = g_array_index (a, CgNormToken, i).stem;
          cur[0] = 0;
          for (guint j = 1; j <= m; j++)
            {
              guint best = MAX (prev[j], cur[j - 1]);
              if (strcmp (stem, g_array_index (b, CgNormToken, start + j - 1).stem) == 0)
                best = MAX (best, prev[j - 1] + 1);
              cur[j] = best;
            }
          guint *t = prev;
          prev = cur, cur = t;
        }
      if (prev[m] < need)
        continue;
      /* the shortest stretch holding the match: O's negations in it are S's */
      guint end = 1;
      while (prev[end] < need)
        end++;
      guint oneg = 0;
      for (guint j = start; j < start + end; j++)
        oneg += (g_array_index (b, CgNormToken, j).flags & CG_NORM_NEGATION) != 0;
      if (oneg == neg)
        ok = TRUE, *share = (double) prev[m] / n;
    }
  g_free (row);
  cg_norm_text_free (ot);
  cg_norm_text_free (st);
  return ok;
}

/* Can the pair be related at all?  Most candidates share a concept or
 * two by chance.  With at most one common Bloom bit they share at most
 * two concepts (one collision allowed), too few for anything but
 * same_as, and same_as is ruled out when the words left after the
 * unshared concepts cannot reach its thresholds.
 * With more common bits, the concepts they share are bounded exactly:
 * the shared concepts' bits are among the common bits, and a set of
 * concepts has at most as many more concepts than bits as the whole
 * item has (its concepts less its bits, FY_EXTRA for FY).  Below every
 * threshold of compare()'s concept count (min_any_shared, the denial's
 * denial_min_shared, a fragment's concepts, same_as_possible()), the
 * pair would end there; with the bound on (cg_linker_set_candidate_bound())
 * it is left here.  On subset-p10 it left 333,356 of the 878,120 pairs
 * compared, every one ending at that count (counted with a throwaway
 * build); most came of a rare name shared and nothing else. */
static gboolean
maybe_related (CgLinker *l, const Flat *fx, const Flat *fy, guint fy_extra)
{
  if (fx->ncontent < l->min_any_shared || fy->ncontent < l->min_any_shared || fx->few || fy->few)
    return TRUE;
  guint bits = bloom_shared (l, fx->bloom, fy->bloom);
  if (bits < 2)
    return same_as_possible (l, fx, fy, 2);
  if (!l->candidate_bound)
    return TRUE;
  /* a fragment's escape needs all its concepts shared: not few, it has
   * three at least (hence "most > 2" whatever min_any_shared says); a
   * quote pair's needs MIN (ncontent) shared, at least min_any_shared
   * (above) */
  guint most = bits + MIN (fx->ncontent - fx->bits, fy_extra);
  if (most >= l->min_any_shared || most > 2 || (fx->whole != fy->whole && most >= l->denial_min_shared))
    return TRUE;
  return same_as_possible (l, fx, fy, most);
}

static gboolean
same_article (CgLinker *l, Item *x, Item *y)
{
  return l->flat[x->index].article == l->flat[y->index].article && l->flat[x->index].article != NONE;
}

static gboolean
same_periods (Item *x, Item *y)
{
  guint nx = HAS (x, periods) ? ARR (x, periods)->len : 0, ny = HAS (y, periods) ? ARR (y, periods)->len : 0;
  return nx == ny && (nx == 0 || intersect_count (ARR (x, periods), ARR (y, periods)) == nx);
}

/* Is IT said by a share of a group: a source holding a share, a figure
 * in a [based_units] unit or such a unit's word ("45% said Trump was doing a bad job", "Americans
 * (41%) say Trump is doing an excellent or good job")?  Two shares of a
 * poll's answers are both true at once: the people differ, not the
 * facts.  The source is read only for the few pairs reaching
 * grounded(). */
static gboolean
share_source (CgLinker *l, Item *it)
{
  const char *src = it->a->source_text;
  if (src == NULL || *src == '\0')
    return FALSE;
  CgNormText *nt = cg_normalize (l->norm, src);
  gboolean share = FALSE;
  for (guint i = 0; i < nt->tokens->len && !share; i++)
    {
      const CgNormToken *t = &g_array_index (nt->tokens, CgNormToken, i);
      share = (t->unit && g_hash_table_contains (l->based_units, t->unit))
              || g_hash_table_contains (l->based_units, t->word);
    }
  cg_norm_text_free (nt);
  return share;
}

/* Is IT a claim nobody owns: no speaker, and a cue that names none
 * ([unowned_cues]: "Americans were told for two years that Trump had
 * conspired with Russia")?  The carrier reports that it was said, mostly
 * to dispute it, so it opposes nothing. */
static gboolean
unowned (CgLinker *l, Item *it)
{
  return it->a->speaker_id == NULL && it->a->cue_text != NULL
         && cg_normalizer_has_phrase (l->norm, l->unowned_cues, it->a->cue_text, NULL);
}

/* Does IT reject something as something else ("Holder rejected the vote
 * boycotted by most House Democrats as political theater", "rejected
 * the Obama proposals as an attack on the constitutional right to bear
 * arms", "rejected Trump's bid to end a program that protects immigrants
 * brought illegally into the United States as children")?  A
 * [characterizing_cues] cue and a [characterizing_words] word in the
 * text: the speaker calls the thing names, or turns down a plan; no
 * claim of the text is denied.  Nor is one when the text names no claim
 * ([rejected_claims]: "a claim that", "the assessment that"): what such
 * a cue turns down is a bill, a ban or a measure ("The White House has
 * already rejected the House-passed legislation" denies no one passed
 * it).  Nor when the text ends on the claim's noun: it names the claim
 * by its owner, not what it says ("rejected the Democrat-led House of
 * Representatives' impeachment charges" denies no one the House passed
 * a resolution; "dismissed Boehner's claims"). */
static gboolean
characterizes (CgLinker *l, Item *it)
{
  if (it->a->cue_text == NULL || !cg_normalizer_has_phrase (l->norm, l->characterizing, it->a->cue_text, NULL))
    return FALSE;
  if (cg_normalizer_has_phrase (l->norm, l->characterizing_words, it->a->text, NULL)
      || !cg_normalizer_has_phrase (l->norm, l->rejected_claims, it->a->text, NULL))
    return TRUE;
  gsize n;
  const char *b = cg_text_last_word (it->a->text, TRUE, &n);
  if (b == NULL)
    return FALSE;
  char *last = g_strndup (b, n);
  gboolean named = cg_normalizer_has_phrase (l->norm, l->rejected_claims, last, NULL);
  g_free (last);
  return named;
}

/* Does IT state a figure of value zero ("paid $0 in corporate income
 * tax")?  That is a negation of its own: "paid no corporate income tax"
 * says the same. */
static gboolean
states_zero (Item *it)
{
  for (guint i = 0; i < ARR (it, numbers)->len; i++)
    if (g_array_index (ARR (it, numbers), Number, i).value == 0)
      return TRUE;
  return FALSE;
}

/* Is a contradiction found by RULE grounded enough to be shown?  A
 * fact-checker trusts "contradicts" only when it is rarely wrong, so the
 * weak cases give no link at all: two printings of one quote; two
 * speakers each speaking of
 * themselves ("I am not running" / "we all who have run"); little of the
 * shorter text in the other (CC, content containment); a figure for
 * another period ("$75 billion ... each day"); a denial of the whole text
 * without a name in common, a hedged denial ("is not expected to meet"),
 * or a denied claim nobody states firmly (a belief of an unnamed
 * "they"). */
static gboolean close_in_time (CgLinker *l, Item *x, Item *y);

static gboolean
grounded (CgLinker *l, Item *x, Item *y, const char *rule, Item *plain, double cc, double wj, double wc,
          gboolean same_speaker)
{
  if (x->self_ref && y->self_ref && !same_speaker)
    return FALSE;
  /* two printings of one quote of one speaker, a word apart: a
   * transcription variant ("To pass this bill ... would" / "If they don't
   * pass this bill ... it will"), not the speaker contradicting himself */
  if (same_speaker && wj >= l->sa_jaccard && x->whole == y->whole)
    return FALSE;
  if (x->open || y->open)
    return FALSE;
  if (text_test (l, x, TEST_SHARE) || text_test (l, y, TEST_SHARE) || unowned (l, x) || unowned (l, y))
    return FALSE;
  /* two articles' own narration: each author tells the state of things
   * at the article's time, so without dates close together two
   * narrators are two moments (one source's own figures still
   * conflict) ("The S&P 500 posted 61 new 52-week highs"
   * / "posted no new 52-week highs"; "Cruz held back in earlier debates"
   * / "held nothing back in the first of three debates").  Nor are
   * they a change over time: two narrators years apart were 0 of 2 right
   * (AllSides, dated) */
  if (x->a->kind == CG_KIND_AUTHOR && y->a->kind == CG_KIND_AUTHOR && !same_speaker && !same_article (l, x, y)
      && !(x->day >= 0 && y->day >= 0 && fabs ((double) (x->day - y->day)) <= l->narrator_days))
    return FALSE;
  /* figures of two undated articles by two sources are mostly for two
   * scopes or moments ("tariffs on $250bn worth of Chinese goods" / "a
   * 178.6 percent tariff on $1 billion worth of U.S. sorghum"); a
   * fact-check sets them side by side in one article; dated or named
   * years apart they are two moments: a change over time */
  if (strcmp (rule, "contradicts.numeric") == 0)
    return cc >= l->numeric_min_overlap && same_periods (x, y)
           && (same_speaker || close_in_time (l, x, y) || time_apart (l, x, y));
  /* "added no jobs that month" / "added 163,000 jobs in July": claims
   * of two articles anchored to a period ("last month", "on Tuesday")
   * are about different events, unless both name the same period and
   * the articles the same day */
  if ((HAS (x, periods) || HAS (y, periods)) && !same_article (l, x, y)
      && !(same_periods (x, y) && x->day >= 0 && x->day == y->day))
    return FALSE;
  if (cc < l->co_min_overlap)
    return FALSE;
  /* figures each side states alone, or a share only one side gives: the
   * negated proposition is another quantity or group ("hasn't been this
   * low for 50 years" / "is at a 16-year low") */
  if (other_figures (l, x, y) || share_alone (l, x, y) || share_alone (l, y, x))
    return FALSE;
  /* a speaker contradicting himself across articles is mostly two
   * readings of one position ("allegations of collusion a hoax" / denied
   * "any collusion"); only his own denial of what he said counts (a
   * figure of one source against its own other figure still does) */
  if (same_speaker && !(x->whole != y->whole && (x->whole ? x : y)->whole_weak))
    return FALSE;
  /* "possible collusion", "investigating": a question being asked, not
   * a claim to contradict */
  if (x->hedged || y->hedged)
    return FALSE;
  /* the side stating it plainly must state something: a noun phrase
   * ("quid pro quo", "his White House bid") asserts nothing */
  if (plain && ARR (plain, content)->len < l->co_min_plain)
    return FALSE;
  /* the plain side says it with a negative word of its own: "condemned
   * Ossoff for not living in the district" / "Mr. Ossoff lived outside
   * the district" agree */
  if (plain && plain->privative && strcmp (rule, "contradicts.negation") == 0)
    return FALSE;
  if (plain && states_zero (plain))
    return FALSE;
  if (x->partial || y->partial)
    return FALSE;
  if (x->whole != y->whole)
    {
      Item *w = x->whole ? x : y, *p = x->whole ? y : x;
      /* a denial of a text that negates itself, or against one that
       * does, is a double negative nobody reads the same way ("denied
       * any interference, and Trump says his campaign did not collude") */
      if (x->cues > 0 || y->cues > 0)
        return FALSE;
      if (characterizes (l, w))
        return FALSE;
      /* a negated cue of disclosure is silence about a fact, not its
       * denial: "did not disclose meetings with Russian ambassador" / "he
       * did meet with the Russian ambassador" (two such silences still
       * agree) */
      if (w->factive)
        return FALSE;
      /* the speaker's own negative frame ("did not say", "is not
       * expected to") denies only a restatement of its words */
      if (w->whole_weak && (w->a->certainty != CG_CERTAINTY_CERTAIN || wc < l->sa_containment))
        return FALSE;
      if (p->a->certainty != CG_CERTAINTY_CERTAIN)
        return FALSE;
      for (guint i = 0; i < ARR (p, seq)->len; i++)
        if (g_array_index (ARR (p, seq), Seq, i).cond)
          return FALSE;     /* "if Trump ... asked Comey to drop the investigation" */
      return TRUE;
    }
  /* a negation or an opposite against a hedge ("will likely win", "could
   * be as defining") opposes nothing firmly stated */
  return x->a->certainty == CG_CERTAINTY_CERTAIN && y->a->certainty == CG_CERTAINTY_CERTAIN;
}

/* Do X and Y claim opposite things, read as subject, predicate, polarity
 * and mood (cg-claimview.h)?  Shared words with a negation on one side
 * are not enough: "the department had not stopped collections" / "she
 * ordered the department to stop collecting" oppose nothing.  The views
 * are read here, for the few pairs that get this far, so no item carries
 * one. */
/* Is IT denied only by the extractor's negative polarity while its cue
 * is a plain one?  Then no reader sees a denial ("claimed the
 * whistleblower gave \"false information\""). */
static gboolean
polarity_only (CgLinker *l, Item *it)
{
  return it->whole_weak && it->a->polarity == CG_POLARITY_NEGATIVE && it->a->cue_text != NULL
         && !cg_normalizer_has_phrase (l->norm, l->negation_cues, it->a->cue_text, NULL);
}


/* IT's claim view, read on first use and kept: an assertion in a
 * contested story meets many candidates. */
static CgClaimView *
view_of (CgLinker *l, Item *it)
{
  CgClaimView *v = kept_get (&l->views, it->index);
  if (v == NULL)
    {
      v = cg_claim_view_new (l->viewer, it->a, it->whole && !polarity_only (l, it));
      kept_put (&l->views, it->index, v);
    }
  return v;
}

/* Are X and Y in one article, or in articles dated at most
 * narrators_max_days apart?  Only then may a negation's subject be a
 * common noun ("the economy", "the officer"): across undated articles
 * it is not shown to be one thing, a name is. */
static gboolean
close_in_time (CgLinker *l, Item *x, Item *y)
{
  return same_article (l, x, y) || (x->day >= 0 && y->day >= 0 && fabs ((double) (x->day - y->day)) <= l->narrator_days);
}

static gboolean
views_oppose (CgLinker *l, Item *x, Item *y, const char *rule)
{
  CgClaimView *vx = view_of (l, x), *vy = view_of (l, y);
  g_string_truncate (l->scratch, 0);
  gboolean ok = strcmp (rule, "contradicts.numeric") == 0
                ? cg_claim_views_same_measure (vx, vy, l->scratch)
                : cg_claim_views_oppose_dated (l->viewer, vx, vy, strcmp (rule, "contradicts.antonym") == 0,
                                               strcmp (rule, "contradicts.negation") == 0 && !close_in_time (l, x, y),
                                               x->day >= 0 && y->day >= 0 ? (x->day > y->day) - (x->day < y->day) : 0,
                                               l->scratch);
  if (ok)
    g_string_append_printf (l->cue, "; claims %s", l->scratch->str);
  return ok;
}

/* Compare X (indexed before) with Y; append at most one link to OUT, or
 * for a quote, set *QUOTE_OF to the origin candidate. */
/* Mark the ids of Y's content and words, on the comparing thread: each
 * candidate is compared with the same item, and counting a candidate's
 * ids among the item's marks (shared()) reads each id once where a merge
 * of the two sorted sets stepped through both (intersect_count() of the
 * two pairs was a tenth of comparing's instructions).  A mark is the
 * generation times 4 plus MARK_CONTENT and MARK_WORDS. */

static void
mark_set (CgLinker *l, GArray *ids, guint32 bit)
{
  guint32 gen = l->mark_gen << 2;
  for (guint i = 0; i < ids->len; i++)
    {
      guint32 id = g_array_index (ids, guint32, i);
      l->mark_bits[(id / 64) % (MARK_BITS / 64)] |= (guint64) 1 << (id % 64);
      if (id >= l->marks->len)
        g_array_set_size (l->marks, MAX (id + 1, 2 * l->marks->len));
      guint32 *m = &g_array_index (l->marks, guint32, id);
      *m = (*m & ~3u) == gen ? *m | bit : gen | bit;
    }
}

/* Mark Y's ids of BIT (its content or its words), a new generation when
 * Y is not the item marked.  Its words are marked only when a candidate
 * passes the first test, which counts the content: most candidates of
 * most items stop there. */
static void
mark_item (CgLinker *l, Item *y, guint32 bit)
{
  if (l->marked != y->index)
    {
      if (++l->mark_gen >= 1u << 30)
        {
          /* the generations ran out: start afresh */
          memset (l->marks->data, 0, (gsize) l->marks->len * sizeof (guint32));
          l->mark_gen = 1;
        }
      memset (l->mark_bits, 0, sizeof l->mark_bits);
      l->marked = y->index;
      l->marked_bits = 0;
    }
  mark_set (l, bit == MARK_CONTENT ? ARR (y, content) : ARR (y, words), bit);
  l->marked_bits |= bit;
}

#ifdef HAVE_MINHASH_X8
/* marked_shared()'s loop eight ids at a time, for CPUs with AVX2: the
 * filter's bits of eight ids gathered at once (mark_bits read as 32-bit
 * words: the same bits on a little-endian CPU), then marked() asked of
 * the few ids whose bit is set, as the plain loop asks it.  The plain
 * loop's filter test was two thirds of its instructions, and it a sixth
 * of comparing's. */
__attribute__ ((target ("avx2"))) static guint
marked_shared_x8 (const guint32 *ids, guint len, const guint32 *bits, const guint32 *marks, guint32 n_marks,
                  guint32 gen, guint32 bit)
{
  /* the lanes' masks for 0 to 8 ids left, read (not built) per call */
  static const gint32 tail[16] __attribute__ ((aligned (32))) = { -1, -1, -1, -1, -1, -1, -1, -1, 0, 0, 0, 0, 0, 0, 0, 0 };
  const __m256i words = _mm256_set1_epi32 (MARK_BITS / 32 - 1), low = _mm256_set1_epi32 (31);
  guint n = 0;
  for (guint i = 0; i < len; i += 8)
    {
      /* past the end the lanes are masked off: their loads do not fault */
      __m256i in = _mm256_loadu_si256 ((const __m256i *) (tail + 8 - MIN (len - i, 8)));
      __m256i id = _mm256_maskload_epi32 ((const int *) (ids + i), in);
      __m256i w = _mm256_mask_i32gather_epi32 (_mm256_setzero_si256 (), (const int *) bits,
                                               _mm256_and_si256 (_mm256_srli_epi32 (id, 5), words), in, 4);
      /* the id's bit moved to the lane's top, which movemask reads */
      __m256i set = _mm256_sllv_epi32 (w, _mm256_sub_epi32 (low, _mm256_and_si256 (id, low)));
      guint hit = (guint) _mm256_movemask_ps (_mm256_castsi256_ps (set)) & (guint) _mm256_movemask_ps (_mm256_castsi256_ps (in));
      for (; hit; hit &= hit - 1)
        n += marked (marks, n_marks, ids[i + (guint) __builtin_ctz (hit)], gen, bit);
    }
  return n;
}
#endif

/* How many ids of A (a candidate's content or words: BIT) Y's same set
 * holds: intersect_count() of the two, Y marked on first use. */
static guint
marked_shared (CgLinker *l, GArray *a, Item *y, guint32 bit)
{
  if (l->marked != y->index || !(l->marked_bits & bit))
    mark_item (l, y, bit);
  guint32 gen = l->mark_gen << 2, n_marks = l->marks->len;
  const guint32 *marks = (const guint32 *) (gpointer) l->marks->data, *ids = (const guint32 *) (gpointer) a->data;
#ifdef HAVE_MINHASH_X8
  if (l->avx2)
    return marked_shared_x8 (ids, a->len, (const guint32 *) (gconstpointer) l->mark_bits, marks, n_marks, gen, bit);
#endif
  guint n = 0;
  const guint64 *bits = l->mark_bits;
  for (guint i = 0; i < a->len; i++)
    if (bits[(ids[i] / 64) % (MARK_BITS / 64)] >> (ids[i] % 64) & 1)
      n += marked (marks, n_marks, ids[i], gen, bit);
  return n;
}

/* Can any test of compare() link X and Y, given their shared concepts CS
 * (CJ, CC) and words WS (WJ, WC)?  Each term is the first count a
 * relation's branch asks, or what it needs before any count: a pair none
 * of them holds reaches no emit() and no *quote_of, and compare() skips
 * its entity, flip, figure and quote readings (on subset-p10, 112,425 of
 * the 228,976 pairs past the concept count).  Kept in step with
 * compare(): a new way to link must add its term here. */
static gboolean
may_link (CgLinker *l, Item *x, Item *y, guint cs, double cj, double cc, gboolean denial, guint ws, double wj, double wc,
          gboolean same_speaker)
{
  gboolean quotes = is_quote (x) && is_quote (y);
  guint shorter = MIN (ARR (x, words)->len, ARR (y, words)->len);
  /* contradicts (negation, antonym: topical), .numeric: figures on both sides */
  if ((cs >= l->co_min_shared || denial) && (cj >= l->co_jaccard || (cc >= l->co_containment && cj >= l->co_min_jaccard)))
    return TRUE;
  if (cs >= l->numeric_min_shared && ARR (x, numbers)->len > 0 && ARR (y, numbers)->len > 0)
    return TRUE;
  /* supports.claims, supports.concepts */
  if (cs >= l->su_close_min_shared && cj >= l->su_close_jaccard)
    return TRUE;
  if (cs >= l->su_min_shared && (cj >= l->su_jaccard || (cc >= l->su_containment && cj >= l->su_min_jaccard)))
    return TRUE;
  /* same_as.shingles (and quotes.same_origin): equal or contained words */
  if (wj >= l->sa_jaccard || (wc >= l->sa_containment && shorter >= l->sa_min_words))
    return TRUE;
  /* same_as.containment: a quoted fragment of one speaker */
  if ((HAS (x, fragment) || HAS (y, fragment)) && same_speaker && x->a->speaker_id)
    return TRUE;
  /* same_as.sentence */
  if (quotes && wc < l->sa_containment && ws >= l->sa_containment * l->sa_sentence_words)
    return TRUE;
  /* same_as.quoted: the shorter quote's words (a mixed one's fragment,
   * not counted here) nearly all among the other's */
  if (quotes && x->whole == y->whole)
    {
      Item *s = ARR (x, words)->len <= ARR (y, words)->len ? x : y;
      if ((s->a->kind == CG_KIND_MIXED && HAS (s, fragment))
          || (ARR (s, words)->len > 0 && ws >= l->sa_containment * ARR (s, words)->len))
        return TRUE;
    }
  return FALSE;
}

static void
compare (CgLinker *l, Item *x, Item *y, GPtrArray *out, Item **quote_of)
{
  CgAssertion *ax = x->a, *ay = y->a;
  const Flat *fx = &l->flat[x->index], *fy = &l->flat[y->index];
  gboolean same_article = fx->article == fy->article && fx->article != NONE;
  gboolean same_speaker = fx->speaker == fy->speaker && fx->speaker != NONE;
  guint cs = marked_shared (l, ARR (x, content), y, MARK_CONTENT);
  /* a denial of the whole text is short ("denies meddling in the
   * elections"): it may contradict on fewer shared concepts; only pairs
   * holding one pay for the full comparison */
  gboolean denial = (x->whole != y->whole) && cs >= l->denial_min_shared;
  if (cs < l->min_any_shared && !denial && !(HAS (x, fragment) && cs >= ARR (x, frag_content)->len)
      && !(HAS (y, fragment) && cs >= ARR (y, frag_content)->len) && !same_as_possible (l, fx, fy, cs)
      && !(is_quote (x) && is_quote (y) && cs > 0 && cs >= MIN (ARR (x, content)->len, ARR (y, content)->len)))
    return;     /* too little in common for any relation */
  double cj = jaccard (ARR (x, content), ARR (y, content), cs), cc = containment (ARR (x, content), ARR (y, content), cs);
  guint ws = marked_shared (l, ARR (x, words), y, MARK_WORDS);
  double wj = jaccard (ARR (x, words), ARR (y, words), ws), wc = containment (ARR (x, words), ARR (y, words), ws);
  if (!l->no_bound && !may_link (l, x, y, cs, cj, cc, denial, ws, wj, wc, same_speaker))
    return;
  GString *ev = l->ev, *cue = l->cue;
  g_string_truncate (ev, 0);
  g_string_truncate (cue, 0);
  /* with fewer shared concepts than any other relation needs, only
   * same_as is left to check */
  gboolean related = cs >= l->min_any_shared || denial;
  gboolean conflict = related && entity_conflict (l, x, y, NULL);

  /* a question asserts nothing: it only meets the same question; a
   * quote stating sentences before its question asserts those */
  if (x->question != y->question && (x->asks || y->asks))
    return;
  /* contradictions first: they may hold within one article too; a text
   * ending in a question after sentences it asserts may be the same as
   * or support another, not yet contradict it */
  gint nflips = -1;   /* flipped() of the pair, once counted */
  if (related && !conflict && !x->question && !y->question)
    {
      /* what an idiom both texts use shares does not count ("no one
       * has done a damn thing" / "one damned thing after another") */
      gboolean topical = (cs >= l->co_min_shared || denial)
                         && (cj >= l->co_jaccard || (cc >= l->co_containment && cj >= l->co_min_jaccard))
                         && !idiom_shared (x, y, cs, (guint) l->co_min_shared);
      const char *rule = NULL;
      Item *plain = NULL;   /* the side stating plainly what the other denies */
      double score = MAX (cj, cc);
      GString *flips = l->scratch;
      g_string_truncate (flips, 0);
      guint nflip = flipped (l, x, y, flips);
      nflips = (gint) nflip;
      /* with as many cues on both sides, a flip is the scope read
       * differently ("aren't combined, written out yet" / "aren't written
       * yet"), not a denial */
      /* a denial of the whole text must flip its core, not a word the
       * other side negates itself ("Americans don't believe their leaders
       * are listening" / "their leaders are listening", denied) */
      gboolean core = x->whole == y->whole || nflip >= l->whole_min_flipped * cs;
      /* "Democrats face Trump or Sen. Ted Cruz", said by someone in a
       * negative frame, denies nothing an author states */
      if (x->whole != y->whole && (x->whole ? x : y)->whole_weak && !same_speaker)
        core = FALSE;
      /* both sides negating shared words agree more than they differ:
       * "she neither sent nor received emails marked classified" / "none
       * of her emails were marked classified" */
      if (nflip > 0 && x->whole == y->whole && both_negated (x, y) >= nflip)
        core = FALSE;
      if (topical && nflip > 0 && core && (x->whole != y->whole || x->cues != y->cues))
        {
          if (x->whole != y->whole)
            {
              Item *w = x->whole ? x : y;
              plain = x->whole ? y : x;
              rule = w->a->stance == CG_STANCE_DISPUTES || cg_lexicon_lookup (l->refutations, w->whole_why)
                     ? "contradicts.refutation" : "contradicts.negation";
              g_string_append_printf (cue, "%s denied (%s): %s", w->a->id, w->whole_why, flips->str + 3);
            }
          else
            {
              /* the subjects of the negated predicate are compared by
               * the claim view below (views_oppose()), which reads them
               * better than the strict alignment did; FLIPS holds the
               * loose one.  Both texts denied whole: their own negations
               * read backwards, nothing a reader would call a
               * contradiction */
              if (!x->whole)
                {
                  rule = "contradicts.negation";
                  Item *side = g_str_has_prefix (flips->str, "<x>") ? x : y;
                  plain = side == x ? y : x;
                  g_string_append_printf (cue, "negated in %s only: %s", side->a->id, flips->str + 3);
                }
              else
                goto done;
            }
        }
      else if (topical && nflip == 0 && antonym_pair (l, x, y, cue))
        rule = "contradicts.antonym";
      /* a figure its carrier disputes may still conflict with another:
       * the dispute flips every word, not just the figure */
      else if ((nflip == 0 || x->whole != y->whole) && cs >= l->numeric_min_shared
               && numeric_differ (l, x, y, same_speaker, TRUE, cue))
        {
          rule = "contradicts.numeric";
          if (x->whole != y->whole)
            g_string_append_printf (cue, "; %s %s", (x->whole ? x : y)->a->id, (x->whole ? x : y)->whole_why);
        }
      gboolean numeric = rule && strcmp (rule, "contradicts.numeric") == 0;
      if (rule && !numeric && (!grounded (l, x, y, rule, plain, cc, wj, wc, same_speaker) || !views_oppose (l, x, y, rule)))
        {
          /* no opposite claims; the figures may still conflict ("falsely
           * claimed the U.S. contributed $350 billion" / "$119 billion
           * from the U.S.") */
          g_string_truncate (cue, 0);
          rule = NULL;
          if (cs >= l->numeric_min_shared && numeric_differ (l, x, y, same_speaker, TRUE, cue))
            {
              rule = "contradicts.numeric";
              if (x->whole != y->whole)
                g_string_append_printf (cue, "; %s %s", (x->whole ? x : y)->a->id, (x->whole ? x : y)->whole_why);
            }
          else
            goto done;
          if (!grounded (l, x, y, rule, plain, cc, wj, wc, same_speaker) || !views_oppose (l, x, y, rule))
            goto done;
        }
      else if (numeric && (!grounded (l, x, y, rule, plain, cc, wj, wc, same_speaker) || !views_oppose (l, x, y, rule)))
        goto done;
      if (rule)
        {
          /* within one article only between different speakers (one may
           * be unknown), and never between two extractions of one span */
          gboolean overlap = cg_span_is_set (ax->span) && cg_span_is_set (ay->span)
                             && ax->span.start < ay->span.end && ay->span.start < ax->span.end;
          gboolean allowed = !same_article
                             || (!same_speaker && (ax->speaker_id || ay->speaker_id) && !overlap);
          /* years apart, shared words are weaker evidence of one
           * subject: Obama's White House and Trump's, the Clinton
           * Foundation's quid pro quo and Ukraine's */
          if (allowed && time_apart (l, x, y) && cj >= l->changes_jaccard)
            {
              /* said years apart, the two may both have been true: the
               * reader learns the claim changed, and when */
              Item *old = older (x, y), *young = old == x ? y : x;
              time_evidence (l, old, young, ev);
              g_string_append_printf (ev, "; as %s: jaccard=%.2f containment=%.2f; %s", rule, cj, cc, cue->str);
              if (same_speaker)
                g_string_append_printf (ev, "; same speaker %s", ax->speaker_id);
              char *changes = g_strconcat ("changes.", rule + strlen ("contradicts."), NULL);
              emit (out, old, young, CG_RELATION_CHANGES, score, changes, ev);
              g_free (changes);
            }
          else if (allowed && !time_apart (l, x, y))
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

  gboolean same_polarity = (x->whole == y->whole && x->cues == y->cues)
                           || (nflips >= 0 ? (guint) nflips : flipped (l, x, y, NULL)) == 0;
  /* a text its carrier disputes is still what its speaker said: its own
   * negation, read backwards by the dispute, makes it no match for the
   * plain text it denies (a same_as of one speaker's "I know Matt
   * Whitaker" and "didn't know Matt Whitaker", whole corpus at 765b9c5) */
  if (same_polarity && disputed_flip (l, x, y))
    same_polarity = FALSE;
  /* a short quote's words all among another quote's make one statement
   * when it is printed there, in order, and of another speaker (or an
   * unknown one) only with quoted_others_min_words words; scattered over
   * a longer statement, a set phrase ([idioms]) or a few common words,
   * they are two ("There is a preponderance of evidence", "I think we're
   * going over the cliff" of two speakers).  (A longer one holds enough
   * words to tell, and outlets cut and splice long quotes.) */
  guint shorter = MIN (ARR (x, words)->len, ARR (y, words)->len);
  gboolean contained = wj < l->sa_jaccard && wc >= l->sa_containment && shorter >= l->sa_min_words;
  if (contained && shorter < l->sa_sentence_words && is_quote (x) && is_quote (y))
    {
      Item *s = ARR (x, words)->len <= ARR (y, words)->len ? x : y;
      double share;
      contained = quoted_inside (l, s, s == x ? y : x, same_speaker ? 1 : l->quoted_others_min_words, &share);
    }
  /* a name or a bare noun phrase found whole in a longer text ("North
   * Korean leader Kim Jong Un", "to repeal the Affordable Care Act")
   * states nothing, even of one speaker ("North Korean leader Kim Jong
   * Un" / "his summit with North Korean leader Kim Jong Un", both
   * Trump's): of a short text, only a quotation in both or one holding a
   * verb word or a figure is the same statement */
  gboolean phrase_only = FALSE;
  if (shorter < l->sa_fragment_words && !(is_quote (x) && is_quote (y)))
    {
      Item *s = ARR (x, words)->len <= ARR (y, words)->len ? x : y;
      /* an ordinal or a label's number ("the 25th Amendment", "3D-printed
       * guns") is part of a name: only a figure makes a statement */
      if (contained)
        contained = s->predicate || s->figure;
      phrase_only = shorter < l->sa_phrase_words && !s->predicate && ARR (s, numbers)->len == 0 && s->cues == 0
                    && ax->kind != CG_KIND_AUTHOR && ay->kind != CG_KIND_AUTHOR;
    }
  /* the same short noun phrase or infinitive as two speakers' objects
   * ("gun control", "a national emergency", "to comment for this
   * story", "something else" after "discussed", "called for",
   * "declined") is what they spoke of, not what they said: equal words
   * make it no more one statement than the containment above.  A clause
   * holds a [predicates] word, a figure or a negation; a quotation in
   * both is left to the quote tests */
  if (same_polarity && wj >= l->sa_jaccard && phrase_only && !contained)
    goto done;
  if (same_polarity && (wj >= l->sa_jaccard || contained))
    {
      /* the same words of two deeds ("Justices Ruth Bader Ginsburg,
       * Stephen Breyer, Sonia Sotomayor and Elena Kagan dissented." of two
       * terms) are two statements */
      if (events_apart (l, x, y) || units_apart (l, x, y))
        goto done;
      /* one speaker's quote printed with and without a comma is one, two
       * quotes are one speech cut in two places more often than not, and
       * texts of nearly the same words are one cut with and without its
       * "If" ("or pressured Ukraine's president to investigate his
       * political rival, ..., it would be troubling in the extreme") */
      if (!same_speaker && !(is_quote (x) && is_quote (y)) && wj < l->sa_jaccard && condition_apart (l, x, y))
        goto done;
      /* other figures in the same words: two statements, but for one
       * speaker's quote printed twice, its figure misprinted by one
       * outlet ("find the 33,000 emails" / "the 30,000 emails") */
      if (!(same_speaker && is_quote (x) && is_quote (y)) && figures_differ (l, x, y))
        goto done;
      if (same_speaker && (x->document || y->document || speaker_is_document (l, ax)))
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
  /* a quoted fragment of the speaker's longer quote: 'it was all a
   * "phony witch hunt"' / "He went through a phoney witch hunt where ..." */
  if ((HAS (x, fragment) || HAS (y, fragment)) && same_polarity && same_speaker && ax->speaker_id)
    {
      Item *frag = NULL, *whole = NULL;
      if (HAS (y, fragment) && (ax->kind == CG_KIND_DIRECT || ax->kind == CG_KIND_MIXED)
          && intersect_count (ARR (y, fragment), ARR (x, words)) == ARR (y, fragment)->len)
        frag = y, whole = x;
      else if (HAS (x, fragment) && (ay->kind == CG_KIND_DIRECT || ay->kind == CG_KIND_MIXED)
               && intersect_count (ARR (x, fragment), ARR (y, words)) == ARR (x, fragment)->len)
        frag = x, whole = y;
      if (frag)
        {
          g_string_append_printf (ev, "containment: \"%s\" (%u content words) in %s; same speaker %s",
                                  frag->fragment_text, frag->frag_words, whole->a->id, ax->speaker_id);
          emit (out, x, y, CG_RELATION_SAME_AS, 1.0, "same_as.containment", ev);
          goto done;
        }
    }
  /* one statement quoted by two outlets, cut at different sentences */
  if (same_polarity && is_quote (x) && is_quote (y) && wc < l->sa_containment
      && ws >= l->sa_containment * l->sa_sentence_words)
    {
      Item *s = x, *o = y;
      const char *at = quote_sentence_in (l, x, y, ws);
      if (at == NULL)
        s = y, o = x, at = quote_sentence_in (l, y, x, ws);
      if (at)
        {
          /* the sentence's first 60 characters, cut between two */
          const char *end = at;
          for (guint k = 0; k < 60 && *end; k++)
            end = g_utf8_next_char (end);
          g_string_append_printf (ev, "jaccard=%.2f containment=%.2f; sentence of %s in %s: \"%.*s\"", wj, wc, s->a->id,
                                  o->a->id, (int) (end - at), at);
          if (same_speaker)
            g_string_append_printf (ev, "; same speaker %s", ax->speaker_id);
          emit (out, x, y, CG_RELATION_SAME_AS, wc, "same_as.sentence", ev);
          goto done;
        }
    }
  /* a short quote printed whole inside a longer one: the same words of
   * one statement, cut shorter by one outlet ("There is no room for
   * prejudice." / "When you open your heart to patriotism, there is no
   * room for prejudice").  Short words are said by many people of many
   * things ("a step in the right direction"): unless one speaker says
   * both, the quote needs quoted_others_min_words */
  if (is_quote (x) && is_quote (y) && x->whole == y->whole)
    {
      Item *s = ARR (x, words)->len <= ARR (y, words)->len ? x : y, *o = s == x ? y : x;
      /* its words nearly all among the other's: a mixed quote's quoted words */
      GArray *sw = s->a->kind == CG_KIND_MIXED && HAS (s, fragment) ? ARR (s, fragment) : ARR (s, words);
      double share = 0;
      if (sw->len > 0 && intersect_count (sw, ARR (o, words)) >= l->sa_containment * sw->len
          && quoted_inside (l, s, o, same_speaker ? l->quoted_min_words : l->quoted_others_min_words, &share))
        {
          g_string_append_printf (ev, "jaccard=%.2f containment=%.2f; %s printed in %s (%.2f of its words in order)", wj, wc,
                                  s->a->id, o->a->id, share);
          if (same_speaker)
            g_string_append_printf (ev, "; same speaker %s", ax->speaker_id);
          emit (out, x, y, CG_RELATION_SAME_AS, share, "same_as.quoted", ev);
          goto done;
        }
    }
  if (x->asks || y->asks)
    goto done;
  /* fewer words in common, but a claim of the same subject with the same
   * predicate and much of the same complement ("Mr. Flynn misled Vice
   * President Mike Pence and others about ..." / "Flynn misled several
   * colleagues, including Vice President Mike Pence, and ...") */
  /* names each side lacks rule out support only when they weigh against
   * the names in common: two outlets' accounts of one event name more
   * people and places than either shares ("David Bowdich ... overruled
   * the FBI's Office of Professional Responsibility to remove him" /
   * "... David Bowdich, had overruled the Office of Professional
   * Responsibility and fired Mr. Strzok") */
  if (conflict && (names_outweigh (l, x, y) || !support_conflict (l, x, y)))
    conflict = FALSE;
  if (same_polarity && !conflict && cs >= l->su_close_min_shared && cj >= l->su_close_jaccard
      && !(cj >= l->su_jaccard || (cc >= l->su_containment && cj >= l->su_min_jaccard)) && may_support (l, x, y, cs, same_speaker))
    {
      g_string_truncate (l->scratch, 0);
      /* views whose cues differ in wish never agree closely: asked of the
       * cues first, since of 11,421 pairs here on subset-p10 17 agreed
       * and making their views was a fifth of comparing.  Nor does a view
       * without a main predicate: Y's (the item's, made once for all its
       * candidates) is asked before the candidate's is made */
      if (!other_figures (l, x, y) && !units_apart (l, x, y) && text_test (l, x, TEST_WISH) == text_test (l, y, TEST_WISH)
          && cg_claim_view_predicates (view_of (l, y))
          && !cg_claim_views_call_false (l->viewer, view_of (l, x), view_of (l, y))
          && cg_claim_views_agree_closely (l->viewer, view_of (l, x), view_of (l, y), (guint) l->su_close_min_shared,
                                           l->scratch)
          && !degree_apart (l, x, y) && !events_apart (l, x, y))
        {
          g_string_append_printf (ev, "concept jaccard=%.2f containment=%.2f shared=%u; claims closely %s", cj, cc, cs,
                                  l->scratch->str);
          if (same_speaker)
            g_string_append_printf (ev, "; same speaker %s", ax->speaker_id);
          if (time_apart (l, x, y))
            g_string_append (ev, "; change over time");
          emit (out, y, x, CG_RELATION_SUPPORTS, MAX (cj, cc), "supports.claims", ev);
        }
      goto done;
    }
  if (same_polarity && !conflict && cs >= l->su_min_shared
      && (cj >= l->su_jaccard || (cc >= l->su_containment && cj >= l->su_min_jaccard)) && may_support (l, x, y, cs, same_speaker))
    {
      g_string_truncate (l->scratch, 0);
      gboolean numbers_differ = other_figures (l, x, y) || units_apart (l, x, y) || numeric_conflict (l, x, y, TRUE, l->scratch);
      /* shared words are not a shared proposition: the claim views must
       * say the same thing of the same subject ("the Associated Press
       * contributed to this report" / "Associated Press writer ...
       * contributed"; "Democrats passed a bill" / "a bill passed the
       * House but was blocked by Democrats"); without such agreement only
       * texts sharing most of their concepts support each other */
      gboolean agree = FALSE, same_claim = FALSE;
      if (!numbers_differ)
        {
          g_string_truncate (l->scratch, 0);
          agree = cg_claim_views_agree (l->viewer, view_of (l, x), view_of (l, y), l->scratch);
          /* a noun phrase names a topic and states nothing to support */
          /* without agreeing views: most concepts in common; or, from one
           * speaker, the same statement printed in two versions (a
           * quote and its paraphrase); or nearly all of the shorter text
           * in the longer, many concepts and a name in common (two
           * outlets' accounts of one event: "Delegates at the annual
           * convention of the NAACP approved the measure Tuesday in
           * Kansas City" / "The resolution was adopted during the annual
           * convention in Kansas City of the NAACP") */
          /* one speaker's quote and its paraphrase: an outlet may
           * render "I did not think he would be okay" either way round */
          gboolean spoken_twice = same_speaker && ax->kind != CG_KIND_AUTHOR && ay->kind != CG_KIND_AUTHOR;
          gboolean close = (cj >= l->su_unagreed_jaccard && cs >= l->su_unagreed_min_shared)
                           || (same_speaker && ax->kind != CG_KIND_AUTHOR && ay->kind != CG_KIND_AUTHOR
                               && cj >= l->su_speaker_jaccard && cc >= l->su_containment
                               && (cs >= l->su_speaker_min_shared
                                   || (x->cues == y->cues && cs >= l->su_speaker_cues_min_shared)))
                           || (cc >= l->su_cover_containment && cj >= l->su_cover_jaccard && cs >= l->su_cover_min_shared
                               && anchored (l, x, y));
          same_claim = agree || (close && cg_claim_view_predicates (view_of (l, x)) && cg_claim_view_predicates (view_of (l, y))
                                 && !cg_claim_views_roles_differ (view_of (l, x), view_of (l, y)) && !figures_apart (l, x, y)
                                 && (spoken_twice
                                     || cg_claim_view_negated (view_of (l, x)) == cg_claim_view_negated (view_of (l, y))));
        }
      /* one side calls the other's claim false: "[the claim that]
       * millions of people voted illegally was preposterous" */
      if (same_claim && cg_claim_views_call_false (l->viewer, view_of (l, x), view_of (l, y)))
        same_claim = FALSE;
      if (same_claim && (degree_apart (l, x, y) || events_apart (l, x, y)))
        same_claim = FALSE;
      if (same_claim)
        {
          g_string_append_printf (ev, "concept jaccard=%.2f containment=%.2f shared=%u", cj, cc, cs);
          if (agree)
            g_string_append_printf (ev, "; claims %s", l->scratch->str);
          if (same_speaker)
            g_string_append_printf (ev, "; same speaker %s", ax->speaker_id);
          if (time_apart (l, x, y))
            g_string_append (ev, "; change over time");
          emit (out, y, x, CG_RELATION_SUPPORTS, MAX (cj, cc), "supports.concepts", ev);
        }
    }
done:
  return;
}

/* ---- the interface ------------------------------------------------------ */

/* Room in the posting map for N more assertions.  Called per article (the
 * store links one at a time), sizing the map to just what is asked would
 * rehash it nearly every call: when it must grow, it grows by an eighth at
 * least, which keeps the rehashes logarithmic in the corpus at a cost of
 * an eighth of the largest table at most. */
static void
reserve (CgLinker *l, gsize n)
{
  gsize want = l->lists_of.len + n * (l->bands + 4);
  if (want >= l->lists_of.cap * MAP_LOAD)
    want = MAX (want, l->lists_of.len + l->lists_of.len / 8);
  map_grow (&l->lists_of, want);
}

static void flat_reserve (CgLinker *l, gsize n);

/* The posting map sized once for the assertions to come is filled to
 * MAP_EXPECT_LOAD of its slots by the keys guessed for them (an
 * assertion's are fewer: 22.6 at AllSides p10), not to MAP_LOAD, the
 * most a map holds before it grows: a key looked up first in a full home
 * bucket is looked for in the buckets after it, and at MAP_LOAD nearly
 * every lookup of a new key was.  At the end of a p10 ingest the map
 * sized at MAP_LOAD was 0.874 full, 69% of its buckets full; 300,651
 * lookups of the second half went past their home bucket
 * (map_slot_slow(), 185 instructions each).  A model of the map (random
 * keys) reads 2.66 buckets a new key at 0.874 full, 1.69 at 0.80, 1.41
 * at 0.75.  It costs the map a fifth more room (some 80 MB of the whole
 * corpus's 400). */
#define MAP_EXPECT_LOAD 0.75

void
cg_linker_expect (CgLinker *l, guint n_assertions)
{
  gsize keys = (gsize) n_assertions * (l->bands + 4);
  map_grow (&l->lists_of, l->lists_of.len + (gsize) ((double) keys * MAP_LOAD / MAP_EXPECT_LOAD));
  flat_reserve (l, l->items->len + (gsize) n_assertions);
}

/* Room in l->flat for N items in all.  Each Flat must sit in one cache
 * line, and malloc aligns to 16 bytes only: the array starts at the
 * first multiple of 64 in flat_mem.  Grown with huge_realloc() (which
 * moves a large block by remapping its pages, not copying it, and needs
 * no second copy at once), the data is moved when the new block's offset
 * differs.  It grows by an eighth at least, like the posting map. */
static void
flat_reserve (CgLinker *l, gsize n)
{
  if (n <= l->flat_cap)
    return;
  gsize cap = MAX (n, l->flat_cap + l->flat_cap / 8);
  drain (l);
  gsize used = l->flat ? (gsize) ((char *) l->flat - l->flat_mem) : 0;
  gsize len = l->items->len;
  l->flat_mem = huge_realloc (l->flat_mem, l->flat_mem ? (l->flat_cap + 1) * sizeof (Flat) : 0, (cap + 1) * sizeof (Flat));
  gsize off = (gsize) (-(guintptr) l->flat_mem & (sizeof (Flat) - 1));
  if (len && off != used)
    memmove (l->flat_mem + off, l->flat_mem + used, len * sizeof (Flat));
  l->flat = (Flat *) (gpointer) (l->flat_mem + off);
  l->bound = bound_realloc (l->bound, l->flat_cap, cap);
  l->flat_cap = cap;
}

/* The FlatBound array P of OLD records grown to N (0: freed).  Every
 * record is written when its item is made before any is read, so a small
 * array is realloc()'d, not zeroed and copied as huge_realloc() does
 * (growing it with the flat records by an eighth at a time, that copying
 * was 4.5M instructions of cg_linker_add at list-p1); from HUGE_MIN bytes
 * on it is mapped as the flat records are (keep() reads it at random). */
static FlatBound *
bound_realloc (FlatBound *p, gsize old, gsize n)
{
  gsize had = old * sizeof (FlatBound), bytes = n * sizeof (FlatBound);
  if (p && had >= HUGE_MIN)
    {
      if (n == 0)
        {
          huge_free (p, had);
          return NULL;
        }
      return huge_realloc (p, had, bytes);
    }
  if (bytes < HUGE_MIN)
    return n ? g_renew (FlatBound, p, n) : (g_free (p), NULL);
  FlatBound *q = huge_alloc (bytes);
  if (p)
    memcpy (q, p, had);
  g_free (p);
  return q;
}

static void
step_free (CgLinkStep *st)
{
  g_clear_pointer (&st->pend, g_array_unref);
  g_clear_pointer (&st->pend_ok, g_array_unref);
  g_array_unref (st->cands);
  g_array_unref (st->ends);
  for (guint i = 0; i < st->kinds->len; i++)
    g_free (g_array_index (st->kinds, SpeakerKind, i).id);
  g_array_unref (st->kinds);
  g_free (st);
}

/* Start loading the vocabulary buckets of P's tokens, which make_item()
 * interns one after the other: the vocabulary outgrows the caches at
 * scale, and each lookup missed in turn. */
static void
prefetch_vocab (CgLinker *l, const Prep *p)
{
  for (guint i = 0; i < p->text.n; i++)
    {
      const PTok *t = &p->text.toks[i];
      vocab_prefetch (l, t->stem_hash, t->stem_short);
      if (t->concept != t->stem)
        vocab_prefetch (l, t->concept_hash, t->concept_short);
    }
  for (guint i = 0; p->ftext.toks && i < p->ftext.n; i++)
    vocab_prefetch (l, p->ftext.toks[i].stem_hash, p->ftext.toks[i].stem_short);
}

/* Make and index-ready the items of ASSERTIONS from their PREPS (emptied):
 * the making half of a call.  Returns their step. */
static CgLinkStep *
add_items (CgLinker *l, GPtrArray *assertions, Prep *preps)
{
  gsize n = assertions ? assertions->len : 0;
  CgLinkStep *st = g_new0 (CgLinkStep, 1);
  st->first = l->items->len;
  st->last = st->first + (guint) n;
  st->pend = g_array_sized_new (FALSE, FALSE, sizeof (guint64), (guint) n * l->bands);
  g_array_set_size (st->pend, (guint) n * l->bands);
  st->pend_ok = g_array_sized_new (FALSE, FALSE, sizeof (guint8), (guint) n);
  g_array_set_size (st->pend_ok, (guint) n);
  st->cands = g_array_new (FALSE, FALSE, sizeof (guint));
  st->ends = g_array_sized_new (FALSE, FALSE, sizeof (guint), (guint) n);
  st->kinds = l->kinds_pending;
  l->kinds_pending = g_array_new (FALSE, FALSE, sizeof (SpeakerKind));
  flat_reserve (l, l->items->len + n);
  for (guint i = 0; assertions && i < assertions->len; i++)
    {
      CgAssertion *a = g_ptr_array_index (assertions, i);
      Prep *p = &preps[i];
      if (i + 1 < assertions->len)
        prefetch_vocab (l, &preps[i + 1]);
      guint64 *bands = p->bands;
      gboolean own_bands = !p->slab;
      p->bands = NULL;
      Item *it = make_item (l, a, p);
      g_assert (l->items->len < LIST_BIT);   /* an item index is a posting map value */
      it->index = l->items->len;
      g_ptr_array_add (l->items, it);
      /* signature() hashes the content concepts only when there are enough */
      gboolean ok = bands && ARR (it, content)->len >= l->min_content;
      g_array_index (st->pend_ok, guint8, i) = ok;
      if (ok)
        memcpy (&g_array_index (st->pend, guint64, (gsize) i * l->bands), bands, l->bands * sizeof *bands);
      if (own_bands)
        g_free (bands);
      Flat f = { { 0, 0, 0, 0 }, it, it->a->article_id ? intern (l, it->a->article_id) : NONE,
                 it->a->speaker_id ? intern (l, it->a->speaker_id) : NONE, ARR (it, content)->len, MIN (ARR (it, words)->len, FLAT_NWORDS_MAX), 0,
                 HAS (it, frag_content) && ARR (it, frag_content)->len <= 2, it->whole, it->index, 0 };
      /* a concept's bit from its string's hash, not its id: ids come in
       * the order the corpus first uses the concepts, so the bits two
       * texts share by chance, which rank the LSH hits (best_lsh()),
       * changed with every other article ingested before them */
      for (guint k = 0; k < ARR (it, content)->len; k++)
        {
          guint b = (guint) (mix64 (g_array_index (l->hashes, guint64, g_array_index (ARR (it, content), guint32, k))) & 255);
          f.bloom[b >> 6] |= G_GUINT64_CONSTANT (1) << (b & 63);
        }
      /* after the bits are set: a count of the empty filter (0) would
       * take every concept for one beyond its bit and the bound would
       * leave almost nothing (/linkspeed/bits-stored).  A filter shares
       * all its bits with itself: the popcnt instruction where there is
       * one (the portable count was 1.3M instructions at list-p1). */
      f.bits = bloom_shared (l, f.bloom, f.bloom);
      l->flat[it->index] = f;
      FlatBound fb = { .numbers = ARR (it, numbers)->len > 0, .fragment = HAS (it, fragment), .quote = is_quote (it),
                       .mixed_fragment = it->kind == CG_KIND_MIXED && HAS (it, fragment) };
      guint64 lo = 0, hi = 0;
      for (guint k = 0; k < ARR (it, words)->len; k++)
        {
          /* from the word's string hash, as the concepts' bits above (an
           * id's bit would change with the corpus read before it): its
           * product's high half scaled to the filter's bits, a multiply
           * where mix64() is two */
          guint64 h = g_array_index (l->hashes, guint64, g_array_index (ARR (it, words), guint32, k)) * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);
          guint b = (guint) (((h >> 32) * WORD_BITS) >> 32);
          if (b < 64)
            lo |= G_GUINT64_CONSTANT (1) << b;
          else
            hi |= G_GUINT64_CONSTANT (1) << (b - 64);
        }
      fb.words_lo = lo;
      fb.words_hi = (guint32) hi;
      fb.bits = popcount64 (lo) + popcount64 (hi);
      l->bound[it->index] = fb;
    }
  return st;
}

/* Start comparing ST: what set_speakers() was told before it was made
 * reaches the comparing side's kinds. */
static void
step_begin (CgLinker *l, CgLinkStep *st)
{
  for (guint i = 0; i < st->kinds->len; i++)
    {
      SpeakerKind *k = &g_array_index (st->kinds, SpeakerKind, i);
      g_hash_table_replace (l->linked_kinds, g_steal_pointer (&k->id), GUINT_TO_POINTER (k->kind + 1));
    }
  g_array_set_size (st->kinds, 0);
}

/* Done comparing ST (freed): the making thread may move what it waited
 * for. */
static void
step_end (CgLinker *l, CgLinkStep *st)
{
  step_free (st);
  g_mutex_lock (&l->step_lock);
  l->linked++;
  /* GLib's broadcast wakes the futex whether or not anyone waits (a
   * system call per step linked, most of cg-compare's futex calls) */
  if (l->step_waiters > 0)
    g_cond_broadcast (&l->step_cond);
  g_mutex_unlock (&l->step_lock);
}

/* Hand ST over to be linked (in the order made). */
static CgLinkStep *
step_made (CgLinker *l, CgLinkStep *st)
{
  g_mutex_lock (&l->step_lock);
  l->made++;
  g_mutex_unlock (&l->step_lock);
  return st;
}

/* A normalizer for one prepare call: a spare one from the pool, or a new
 * one like the linker's. */
static CgNormalizer *
norm_take (CgLinker *l)
{
  g_mutex_lock (&l->pool_lock);
  CgNormalizer *n = l->pool->len ? g_ptr_array_steal_index_fast (l->pool, l->pool->len - 1) : NULL;
  g_mutex_unlock (&l->pool_lock);
  return n ? n : cg_normalizer_new_like (l->norm);
}

static void
norm_give (CgLinker *l, CgNormalizer *n)
{
  g_mutex_lock (&l->pool_lock);
  g_ptr_array_add (l->pool, n);
  g_mutex_unlock (&l->pool_lock);
}

CgLinkBatch *
cg_linker_prepare (CgLinker *l, GPtrArray *assertions)
{
  CgLinkBatch *b = g_new0 (CgLinkBatch, 1);
  b->assertions = assertions ? g_ptr_array_ref (assertions) : g_ptr_array_new ();
  b->preps = g_new0 (Prep, b->assertions->len + 1);
  if (b->assertions->len == 0)
    return b;
  CgNormalizer *norm = norm_take (l);
  for (guint i = 0; i < b->assertions->len; i++)
    prep_one (l, norm, g_ptr_array_index (b->assertions, i), &b->preps[i], &b->slab);
  norm_give (l, norm);
  return b;
}

void
cg_link_batch_free (CgLinkBatch *b)
{
  if (b == NULL)
    return;
  for (guint i = 0; i < b->assertions->len; i++)
    prep_clear (&b->preps[i]);
  if (b->slab.blocks)
    g_ptr_array_unref (b->slab.blocks);
  g_free (b->preps);
  g_ptr_array_unref (b->assertions);
  g_free (b);
}

static void index_step (CgLinker *l, CgLinkStep *st, gboolean link);

static void
index_from (CgLinker *l, GPtrArray *assertions, Prep *preps, GPtrArray *articles)
{
  remember_days (l, articles);
  CgLinkStep *st = add_items (l, assertions, preps);
  index_step (l, st, FALSE);
  step_made (l, st);
  step_begin (l, st);
  step_end (l, st);
}

static GPtrArray *link_step (CgLinker *l, CgLinkStep *st);

/* cg_linker_add() (OUT set) or cg_linker_index() preparing on this thread,
 * a chunk of assertions at a time: what waits prepared stays small, and
 * linking chunk after chunk gives the links of one call. */
#define CHUNK 256

static void
chunked (CgLinker *l, GPtrArray *assertions, GPtrArray *articles, GPtrArray *out)
{
  guint n = assertions ? assertions->len : 0;
  reserve (l, n);   /* all at once, as one call would */
  Prep *preps = g_new0 (Prep, CHUNK);
  GPtrArray *chunk = g_ptr_array_sized_new (CHUNK);
  guint from = 0;
  do
    {
      g_ptr_array_set_size (chunk, 0);
      for (guint i = from; i < n && i < from + CHUNK; i++)
        {
          g_ptr_array_add (chunk, g_ptr_array_index (assertions, i));
          prep_one (l, l->norm, g_ptr_array_index (assertions, i), &preps[i - from], NULL);
        }
      if (out)
        {
          remember_days (l, articles);
          CgLinkStep *st = add_items (l, chunk, preps);
          index_step (l, st, TRUE);
          GPtrArray *links = link_step (l, step_made (l, st));
          g_ptr_array_set_free_func (links, NULL);
          g_ptr_array_extend_and_steal (out, links);
        }
      else
        index_from (l, chunk, preps, articles);
      from += CHUNK;
    }
  while (from < n);
  g_ptr_array_unref (chunk);
  g_free (preps);
}

void
cg_linker_counts (CgLinker *l, guint64 *candidates, guint64 *compared)
{
  if (candidates)
    *candidates = l->n_candidates;
  if (compared)
    *compared = l->n_compared;
}

void
cg_linker_lsh_counts (CgLinker *l, guint64 *read, guint64 *ranked)
{
  if (read)
    *read = l->n_lsh_read;
  if (ranked)
    *ranked = l->n_lsh_ranked;
}

void
cg_linker_map_counts (CgLinker *l, guint64 *keys, guint64 *slots)
{
  if (keys)
    *keys = l->lists_of.len;
  if (slots)
    *slots = l->lists_of.cap;
}

void
cg_linker_index (CgLinker *l, GPtrArray *assertions, GPtrArray *articles)
{
  chunked (l, assertions, articles, NULL);
}

void
cg_linker_index_prepared (CgLinker *l, CgLinkBatch *batch, GPtrArray *articles)
{
  index_from (l, batch->assertions, batch->preps, articles);
  cg_link_batch_free (batch);
}

/* The candidates of item I into CANDS (index_item()), and the loads of
 * their flat records started: the loop compares another item before it
 * reads them (add_from()). */
static void
gather (CgLinker *l, guint i, GArray *cands)
{
  arr_cut (cands, 0);
  index_item (l, l->flat[i].item, cands);
  for (guint k = 0; k < cands->len; k++)
    {
      __builtin_prefetch (&l->flat[g_array_index (cands, guint, k)]);
      __builtin_prefetch (&l->bound[g_array_index (cands, guint, k)]);
    }
}

/* The words two items' filters share (FlatBound). */
static inline guint
words_shared_sw (const FlatBound *x, const FlatBound *y)
{
  return popcount64 (x->words_lo & y->words_lo) + popcount64 ((guint64) (x->words_hi & y->words_hi));
}

#ifdef HAVE_POPCNT_HW
__attribute__ ((target ("popcnt"))) static guint
words_shared_hw (const FlatBound *x, const FlatBound *y)
{
  return (guint) (__builtin_popcountll (x->words_lo & y->words_lo) + __builtin_popcount (x->words_hi & y->words_hi));
}
#endif

/* Can may_link() hold for candidate X and item Y?  Each of its terms
 * asked of upper bounds of what compare() counts: the shared concepts CS
 * at most the common Bloom bits plus the smaller of the two items'
 * concepts beyond their bits (as in maybe_related()), the shared words WS
 * the same of the words' filters (FlatBound), each at most the smaller
 * side.  Every term grows with CS and WS (their Jaccard and containment
 * are the same divisions, rounded the same, of a larger numerator by a
 * smaller denominator), so a pair whose bounds hold no term has no term
 * at its counts, and compare() would leave it at its concept count or at
 * may_link() (stage for stage, no emit() and no *quote_of).  On
 * subset-p10 the ingest compared 291,333 pairs, 525,585 before, with the
 * same links and claims; of the pairs left, counted by their source with
 * a throwaway build, 100,214 of the 262,818 met through a rare entity
 * alone and 131,001 of the 213,428 met in one LSH band alone.  Kept in
 * step with may_link(): a term added there must be added here. */
static gboolean
may_link_bound (CgLinker *l, const Flat *fx, const FlatBound *bx, const Flat *fy, const FlatBound *by)
{
  gboolean same_speaker = fx->speaker == fy->speaker && fx->speaker != NONE;
  /* same_as.containment: a fragment of one speaker (a speaker is NONE
   * only when the assertion has none) */
  if ((bx->fragment || by->fragment) && same_speaker)
    return TRUE;
  if (fx->nwords == FLAT_NWORDS_MAX || fy->nwords == FLAT_NWORDS_MAX)
    return TRUE;    /* a word count held at its cap bounds nothing */
  guint nx = fx->ncontent, ny = fy->ncontent;
  guint cs = MIN (bloom_shared (l, fx->bloom, fy->bloom) + MIN (nx - fx->bits, ny - fy->bits), MIN (nx, ny));
  guint cu = nx + ny - cs, cm = MIN (nx, ny);
  double cj = cu ? (double) cs / cu : 0, cc = cm ? (double) cs / cm : 0;
  gboolean denial = fx->whole != fy->whole && cs >= l->denial_min_shared;
  if ((cs >= l->co_min_shared || denial) && (cj >= l->co_jaccard || (cc >= l->co_containment && cj >= l->co_min_jaccard)))
    return TRUE;
  if (cs >= l->numeric_min_shared && bx->numbers && by->numbers)
    return TRUE;
  if (cs >= l->su_close_min_shared && cj >= l->su_close_jaccard)
    return TRUE;
  if (cs >= l->su_min_shared && (cj >= l->su_jaccard || (cc >= l->su_containment && cj >= l->su_min_jaccard)))
    return TRUE;
  guint wx = fx->nwords, wy = fy->nwords;
  guint common;
#ifdef HAVE_POPCNT_HW
  common = l->popcnt ? words_shared_hw (bx, by) : words_shared_sw (bx, by);
#else
  common = words_shared_sw (bx, by);
#endif
  guint ws = MIN (common + MIN (wx - bx->bits, wy - by->bits), MIN (wx, wy));
  guint wu = wx + wy - ws, shorter = MIN (wx, wy);
  double wj = wu ? (double) ws / wu : 0, wc = shorter ? (double) ws / shorter : 0;
  if (wj >= l->sa_jaccard || (wc >= l->sa_containment && shorter >= l->sa_min_words))
    return TRUE;
  if (!bx->quote || !by->quote)
    return FALSE;
  /* same_as.sentence (its wc < sa_containment left out: weaker) */
  if (ws >= l->sa_containment * l->sa_sentence_words)
    return TRUE;
  /* same_as.quoted: S the side with fewer words, X of equals */
  if (fx->whole == fy->whole)
    {
      const FlatBound *bs = wx <= wy ? bx : by;
      if (bs->mixed_fragment || (shorter > 0 && ws >= l->sa_containment * shorter))
        return TRUE;
    }
  return FALSE;
}

/* Keep of item I's candidates CANDS those that may be related to it
 * (maybe_related()) and may be linked (may_link_bound()). */
static void
keep (CgLinker *l, guint i, GArray *cands)
{
  guint kept = 0;
  const Flat *fy = &l->flat[i];
  const FlatBound *by = &l->bound[i];
  guint y_extra = fy->ncontent - fy->bits;
  /* compare() asks may_link() only with the sentence bound on */
  gboolean link_bound = l->candidate_bound && !l->no_bound;
  for (guint k = 0; k < cands->len; k++)
    {
      guint xi = g_array_index (cands, guint, k);
      const Flat *fx = &l->flat[xi];
      /* within one article compare() links only a contradiction between
       * two speakers, one of them known: of one speaker, or both
       * unknown, the pair cannot link (19,037 of subset-p10's 878,120
       * comparisons, 6,090 of them past may_link()) */
      if (l->candidate_bound && fx->article == fy->article && fx->article != NONE && fx->speaker == fy->speaker)
        continue;
      if (xi == i || !maybe_related (l, fx, fy, y_extra))
        continue;
      if (link_bound && !may_link_bound (l, fx, &l->bound[xi], fy, by))
        continue;
      g_array_index (cands, guint, kept++) = xi;
    }
  l->n_candidates += cands->len;
  arr_cut (cands, kept);
}

/* Link the items made of ASSERTIONS to the earlier ones and to each
 * other.  The loop runs in a pipeline, each step on another item, so the
 * cache misses of one (the posting map's slots, the candidates' records)
 * load while the others work: the posting slots of item i + 2 are
 * loaded, item i + 1 is indexed (its candidates gathered), and item i
 * compared with its candidates.  Indexing looks at no comparison's
 * result and comparing at no posting, so the links, and their order, are
 * those of indexing and comparing one item after the other. */
/* Index ST's items and, with LINK, gather the candidates of each into
 * the step: the making thread's half of linking, as it reads and grows
 * the posting map, which the comparisons never read.  It runs in a
 * pipeline, each step on another item, so the cache misses of one (the
 * posting map's slots, the candidates' records) load while the others
 * work: the posting slots of item i + 2 are loaded, item i + 1 is indexed
 * (its candidates gathered) and item i's candidates are kept.  The
 * posting map is sized for the items first: an assertion adds about a
 * bucket per band and a few postings (21 keys an assertion with 20 bands
 * on AllSides: a bigger guess doubles the largest table for nothing).
 * The vocabulary grows as it fills: it is small (50k words for 115k
 * assertions) and a guess per assertion oversized it 20 times. */
static void
index_step (CgLinker *l, CgLinkStep *st, gboolean link)
{
  guint first = st->first, last = st->last;
  reserve (l, last - first);
  l->step = st;
  l->keys_next_of = NONE;
  l->ahead_of[0] = l->ahead_of[1] = NONE;
  if (!link)
    for (guint i = first; i < last; i++)
      {
        if (i + 1 < last)
          prefetch_postings (l, l->flat[i + 1].item);
        index_item (l, l->flat[i].item, NULL);
      }
  else if (first < last)
    {
      GArray *cands = l->cands, *next = l->cands_next;
      guint32 *ahead = l->ahead;    /* prefetch_lists() of item i in ahead[(i & 1) * bands] */
      gather (l, first, cands);
      if (first + 1 < last)
        {
          prefetch_postings (l, l->flat[first + 1].item);
          prefetch_lists (l, l->flat[first + 1].item, ahead + ((first + 1) & 1) * l->bands);
        }
      if (first + 2 < last)
        prefetch_bands (l, l->flat[first + 2].item);
      for (guint i = first; i < last; i++)
        {
          /* the deeper loads of the items ahead first (see
           * prefetch_bands()), then item i's candidates kept (gathered
           * a step before), then item i + 1's gathered while those
           * loads run */
          if (i + 1 < last)
            prefetch_list_items (l, ahead + ((i + 1) & 1) * l->bands);
          if (i + 2 < last)
            prefetch_lists (l, l->flat[i + 2].item, ahead + (i & 1) * l->bands);
          if (i + 3 < last)
            prefetch_bands (l, l->flat[i + 3].item);
          keep (l, i, cands);
          g_array_append_vals (st->cands, cands->data, cands->len);
          /* ends was made with room for each item's (add_items()) */
          arr_within (st->ends, i - first + 1);
          g_array_index (st->ends, guint, i - first) = st->cands->len;
          if (i + 1 < last)
            gather (l, i + 1, next);
          /* after gather(): its keys_next are item i + 1's */
          if (i + 2 < last)
            prefetch_postings (l, l->flat[i + 2].item);
          GArray *t = cands;
          cands = next, next = t;
        }
    }
  l->step = NULL;
  g_clear_pointer (&st->pend, g_array_unref);
  g_clear_pointer (&st->pend_ok, g_array_unref);
}

/* Compare each of ST's items with its candidates: the linking thread's
 * half.  Reads the items and their flat records (the clusters, which
 * only it writes), never the posting map. */
static GPtrArray *
link_step (CgLinker *l, CgLinkStep *st)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_link_free);
  step_begin (l, st);
  guint first = st->first, last = st->last;
  guint64 compared0 = l->n_compared;
  const guint *cands = (const guint *) (gpointer) st->cands->data;
  const guint *ends = (const guint *) (gpointer) st->ends->data;
  for (guint k = 0; first < last && k < ends[0]; k++)
    __builtin_prefetch (&l->flat[cands[k]]);
  for (guint i = first; i < last; i++)
    {
      Item *y = l->flat[i].item;
      guint from = i > first ? ends[i - first - 1] : 0, to = ends[i - first];
      /* the next item's records and this one's items load meanwhile */
      if (i + 1 < last)
        for (guint k = to; k < ends[i + 1 - first]; k++)
          __builtin_prefetch (&l->flat[cands[k]]);
      for (guint k = from; k < to; k++)
        {
          /* an item's first fields span three lines, its words and
           * content follow them */
          const char *p = (const char *) l->flat[cands[k]].item;
          for (guint line = 0; line < ITEM_LINES; line++)
            __builtin_prefetch (p + 64 * line);
        }
      /* Views are kept so an assertion that meets many candidates is read
       * once, but kept for every item they were ~100 MB of a whole-corpus
       * ingest's peak.  Aged here, between items, where compare() holds
       * none of them (see Kept). */
      kept_age (&l->views);
      kept_age (&l->quotes);
      Item *quote_of = NULL;
      for (guint k = from; k < to; k++)
        {
          guint xi = cands[k];
          /* a candidate's content array, which compare() reads first,
           * lies after its words, mostly past the lines loaded above: its
           * address is in those lines, loaded by now two candidates ahead */
          if (k + 2 < to)
            {
              const Item *ahead = l->flat[cands[k + 2]].item;
              const char *c0 = (const char *) ahead + ahead->content_f.off;
              __builtin_prefetch (c0);
              if (ahead->content_f.len > 1)
                __builtin_prefetch (c0 + (ahead->content_f.len - 1) * sizeof (guint32));
            }
          Flat *c = &l->flat[cluster_root (l, xi)];
          if (l->cluster_skip && c->linked == y->index + 1)
            continue;   /* linked to the cluster's claim already */
          guint before = out->len;
          compare (l, l->flat[xi].item, y, out, &quote_of);
          l->n_compared++;
          /* a change over time is no link to the cluster's claim: a
           * member of another date may still contradict or support */
          CgRelation rel = out->len > before ? ((CgLink *) g_ptr_array_index (out, out->len - 1))->relation : CG_RELATION_CHANGES;
          if (rel == CG_RELATION_SAME_AS)
            cluster_join (l, xi, y->index);
          if (rel != CG_RELATION_CHANGES)
            l->flat[cluster_root (l, xi)].linked = y->index + 1;
        }
      if (quote_of)
        {
          /* the carrier's assertion quotes the earliest one of the same
           * words by the same (document) speaker */
          Item *from = earlier (quote_of, y) ? y : quote_of, *to = from == y ? quote_of : y;
          guint ws = intersect_count (ARR (from, words), ARR (to, words));
          GString *ev = g_string_new (NULL);
          g_string_append_printf (ev, "jaccard=%.2f containment=%.2f; same speaker %s, a document",
                                  jaccard (ARR (from, words), ARR (to, words), ws), containment (ARR (from, words), ARR (to, words), ws),
                                  y->a->speaker_id);
          emit (out, from, to, CG_RELATION_QUOTES, jaccard (ARR (from, words), ARR (to, words), ws), "quotes.same_origin", ev);
          g_string_free (ev, TRUE);
        }
    }
  /* g_debug() formats its message before it is dropped: four thousand
   * instructions a step */
  if (!g_log_writer_default_would_drop (G_LOG_LEVEL_DEBUG, G_LOG_DOMAIN))
    g_debug ("linked %u assertions against %u: %u candidates kept, %" G_GUINT64_FORMAT " exact comparisons, %u links",
             last - first, last, st->cands->len, l->n_compared - compared0, out->len);
  step_end (l, st);
  return out;
}

GPtrArray *
cg_linker_add (CgLinker *l, GPtrArray *assertions, GPtrArray *articles)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_link_free);
  chunked (l, assertions, articles, out);
  return out;
}

CgLinkStep *
cg_linker_make (CgLinker *l, CgLinkBatch *batch, GPtrArray *articles)
{
  remember_days (l, articles);
  CgLinkStep *st = add_items (l, batch->assertions, batch->preps);
  cg_link_batch_free (batch);
  index_step (l, st, TRUE);
  return step_made (l, st);
}

GPtrArray *
cg_linker_link (CgLinker *l, CgLinkStep *step)
{
  return link_step (l, step);
}

GPtrArray *
cg_linker_add_prepared (CgLinker *l, CgLinkBatch *batch, GPtrArray *articles)
{
  return cg_linker_link (l, cg_linker_make (l, batch, articles));
}
