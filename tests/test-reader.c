/* test-reader.c: stage 1 alone: metadata of the seed articles, blanking
 * that keeps every offset (BOM, CRLF, Markdown, boilerplate), each kind of
 * bad input with the message it must give, metadata tables, sidecars, path
 * listing. */
#include "cg-test.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

static CgReader *
reader (void)
{
  static CgReader *r;
  if (r == NULL)
    {
      GError *error = NULL;
      r = cg_reader_new (cg_test_rules (), &error);
      g_assert_no_error (error);
    }
  return r;
}

static CgArticle *
read_seed (const char *name)
{
  char *path = cg_test_corpus (name);
  GError *error = NULL;
  CgArticle *a = cg_reader_read_file (reader (), path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (a);
  g_free (path);
  return a;
}

/* The offset of NEEDLE in the raw bytes; fails when absent. */
static gsize
offset_of (const CgArticle *a, const char *needle)
{
  const char *p = strstr (a->raw, needle);
  if (p == NULL)
    g_error ("\"%s\" is not in %s", needle, a->path);
  return p - a->raw;
}

/* The text at the offset of NEEDLE in raw holds the same bytes: kept prose. */
static void
assert_kept (const CgArticle *a, const char *needle)
{
  gsize off = offset_of (a, needle);
  if (memcmp (a->text + off, needle, strlen (needle)) != 0)
    g_error ("\"%s\" at %" G_GSIZE_FORMAT " of %s was not kept: \"%.*s\"", needle, off, a->path,
             (int) strlen (needle), a->text + off);
}

/* The text at the offset of NEEDLE is blanks only, inside a recorded region. */
static void
assert_blanked (const CgArticle *a, const char *needle)
{
  gsize off = offset_of (a, needle), n = strlen (needle);
  for (gsize i = off; i < off + n; i++)
    if (a->text[i] != ' ' && a->text[i] != '\n')
      g_error ("\"%s\" at %" G_GSIZE_FORMAT " of %s was not blanked: \"%.*s\"", needle, off,
               a->path, (int) n, a->text + off);
}

static gboolean
in_boilerplate (const CgArticle *a, gsize start, gsize end)
{
  for (guint i = 0; i < a->boilerplate->len; i++)
    {
      CgSpan s = g_array_index (a->boilerplate, CgSpan, i);
      if (s.start <= (gint64) start && (gint64) end <= s.end)
        return TRUE;
    }
  return FALSE;
}

/* Same length, newlines where the file has them, text bytes either the
 * file's bytes or blanks. */
static void
assert_offsets_kept (const CgArticle *a)
{
  g_assert_cmpuint (strlen (a->raw), ==, a->len);
  g_assert_cmpuint (strlen (a->text), ==, a->len);
  for (gsize i = 0; i < a->len; i++)
    {
      g_assert_cmpint (a->text[i] == '\n', ==, a->raw[i] == '\n');
      if (a->text[i] != a->raw[i])
        g_assert_cmpint (a->text[i], ==, ' ');
    }
}

/* ---- seeds -------------------------------------------------------------- */

static void
test_seed_000 (void)
{
  CgArticle *a = read_seed ("000_c3594d0c15096988.txt");
  g_assert_cmpstr (a->title, ==, "The Dark Alliance of Putin and Trump");
  g_assert_cmpstr (a->author, ==, "Michael Harris");
  g_assert_cmpstr (a->date, ==, "2025-03-20");
  g_assert_cmpstr (a->outlet, ==, "The Tyee");
  assert_offsets_kept (a);
  /* the slogans, the byline and the end matter are blanked ... */
  assert_blanked (a, "Independent.\nFearless.\nReader funded.");
  assert_blanked (a, "Michael Harris 20 Mar 2025The Tyee");
  assert_blanked (a, "Get The Tyee's Daily Catch, our free daily newsletter.");
  assert_blanked (a, "Tyee Commenting Guidelines");
  assert_blanked (a, "Keep comments under 250 words");
  assert_blanked (a, "Take this week's poll");
  gsize off = offset_of (a, "Tyee Commenting Guidelines");
  g_assert_true (in_boilerplate (a, off, a->len));
  g_assert_true (in_boilerplate (a, 0, strlen ("Independent.")));
  /* ... and the prose around them is kept */
  assert_kept (a, "The Dark Alliance of Putin and Trump");
  assert_kept (a, "The Kremlin has backed the president for years.");
  assert_kept (a, "Canada's strategy for survival in a brave new world may hinge on the answer.");
  cg_article_free (a);
}

static void
test_seed_001_markdown (void)
{
  CgArticle *a = read_seed ("001_0db92d2809385ea2.txt");
  g_assert_cmpstr (a->title, ==, "Trump-Putin Relationship and 2025 Developments");
  g_assert_null (a->author);
  g_assert_null (a->date); /* "Timeframe: January 2025" is not a publication date */
  assert_offsets_kept (a);
  /* markup blanked, words kept, at the file's offsets */
  g_assert_cmpint (a->text[0], ==, ' ');                     /* "# " */
  assert_kept (a, "Trump-Putin Relationship and 2025 Developments");
  gsize ctx = offset_of (a, "**Context**");
  g_assert_cmpint (a->text[ctx], ==, ' ');
  g_assert_cmpint (a->text[ctx + 1], ==, ' ');
  g_assert_cmpmem (a->text + ctx + 2, 7, "Context", 7);
  g_assert_cmpint (a->text[ctx + 9], ==, ' ');
  assert_blanked (a, "\n---\n");
  gsize ov = offset_of (a, "## Overview");
  g_assert_cmpmem (a->text + ov, 11, "   Overview", 11);
  gsize item = offset_of (a, "- **Minimizes Putin's actions**");
  g_assert_cmpmem (a->text + item, 31, "    Minimizes Putin's actions  ", 31);
  /* a link keeps its words, loses its target */
  gsize link = offset_of (a, "[Authoritarian Playbook](../RESEARCH/Authoritarian%20Playbook.md)");
  g_assert_cmpint (a->text[link], ==, ' ');
  g_assert_cmpmem (a->text + link + 1, 22, "Authoritarian Playbook", 22);
  for (gsize i = link + 23; i < link + strlen ("[Authoritarian Playbook](../RESEARCH/Authoritarian%20Playbook.md)"); i++)
    g_assert_cmpint (a->text[i], ==, ' ');
  /* ordinary prose is untouched */
  assert_kept (a, "Russia clearly invaded Ukraine in violation of international law.");
  cg_article_free (a);
}

static void
test_seed_002 (void)
{
  CgArticle *a = read_seed ("002_949dcb43ef4cc554.txt");
  g_assert_cmpstr (a->title, ==, "Trump’s long-standing infatuation with Putin is about to meet its ultimate test");
  g_assert_cmpstr (a->author, ==, "Anne McElvoy");
  /* "The Times" and "Politico" in her author note are not this article's outlet */
  g_assert_null (a->outlet);
  assert_blanked (a, "- Anne McElvoy is a former Moscow correspondent");
  assert_kept (a, "Whatever the “art of the deal” finally brewed up");
  /* a plain article is not Markdown: the list-like note was the only mark */
  assert_kept (a, "The truth is more complex than the conspiracies");
  assert_offsets_kept (a);
  cg_article_free (a);
}

static void
test_seed_003 (void)
{
  CgArticle *a = read_seed ("003_9dc80e7d13244d7d.txt");
  g_assert_cmpstr (a->date, ==, "2025-08-07");
  g_assert_cmpstr (a->outlet, ==, "The Independent");
  g_assert_null (a->title); /* the page starts with the body */
  g_assert_null (a->author);
  assert_offsets_kept (a);
  /* the donation appeal, with the date in front of it, is blanked whole */
  assert_blanked (a, " date 2025-08-07 Your support helps us to tell the story");
  assert_blanked (a, "Your support makes all the difference. Read more");
  g_assert_true (in_boilerplate (a, 0, offset_of (a, "Read more\n") + 9));
  /* a photo caption line is blanked whole, the paragraphs around are kept */
  assert_blanked (a, "open image in gallery Vladimir Putin listens to Donald Trump during their "
                     "previous meeting in Helsinki, Finland, in 2018 ( AFP/Getty )");
  assert_blanked (a, "open image in gallery Trump has previously praised the Russian president ( AFP/Getty )");
  assert_kept (a, "A long-overdue summit between the presidents of the United States");
  assert_kept (a, "This has provoked the leader of the free world");
  assert_kept (a, "Earlier this year, Trump took a very different tone with Ukraine");
  assert_kept (a, "“No prior president has ever abased himself more abjectly before a tyrant,” McCain said");
  cg_article_free (a);
}

static void
test_seed_004 (void)
{
  CgArticle *a = read_seed ("004_df20157698547397.txt");
  g_assert_cmpstr (a->outlet, ==, "Financial Times");
  g_assert_null (a->title);
  assert_offsets_kept (a);
  assert_blanked (a, "Copyright The Financial Times Limited 2018. All rights reserved.");
  assert_blanked (a, "If you are a subscriber, add Gideon to myFT");
  assert_blanked (a, "Get alerts on Trump Russia ties when a new story is published");
  assert_kept (a, "Indeed, it is only when Mr Trump and Mr Putin both go that it may truly be "
                  "possible to reset US-Russian relations.");
  assert_kept (a, "If Vladimir Putin did help to put Donald Trump in the White House");
  cg_article_free (a);
}

static void
test_sha256 (void)
{
  CgArticle *a = read_seed ("003_9dc80e7d13244d7d.txt");
  g_assert_cmpuint (strlen (a->sha256), ==, 64);
  /* sha256sum examples/corpus/003_9dc80e7d13244d7d.txt */
  g_assert_true (g_str_has_prefix (a->sha256, "634e5625aa2aeba6325c"));
  cg_article_free (a);
}

/* ---- encodings and layouts ---------------------------------------------- */

static void
test_bom_crlf (void)
{
  char *path = cg_test_data ("reader-bom-crlf.txt");
  GError *error = NULL;
  CgArticle *a = cg_reader_read_file (reader (), path, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (a->raw, "\xEF\xBB\xBF"));
  g_assert_cmpmem (a->text, 3, "   ", 3);
  g_assert_cmpstr (a->title, ==, "Senators Question the Summit");
  g_assert_cmpstr (a->author, ==, "Jane Doe");
  g_assert_cmpstr (a->date, ==, "2025-03-04");
  g_assert_null (strchr (a->text, '\r'));
  assert_offsets_kept (a);
  assert_kept (a, "\"We will not accept this,\" Senator John McCain said on Tuesday.");
  assert_blanked (a, "By Jane Doe | March 4, 2025");
  gsize cr = strchr (a->raw, '\r') - a->raw;
  g_assert_cmpint (a->text[cr], ==, ' ');
  g_assert_cmpint (a->text[cr + 1], ==, '\n');
  cg_article_free (a);
  g_free (path);
}

/* A file in DIR with DATA; returns its path. */
static char *
write_file (const char *dir, const char *name, const char *data, gssize len)
{
  char *path = g_build_filename (dir, name, NULL);
  GError *error = NULL;
  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_long_line (void)
{
  /* 10 MB without a newline is read, in linear time. */
  gsize n = 10 * 1024 * 1024;
  char *data = g_malloc (n);
  const char *sentence = "The minister said the talks would resume on Monday. ";
  gsize sl = strlen (sentence);
  for (gsize i = 0; i < n; i++)
    data[i] = sentence[i % sl];
  char *dir = cg_test_tmpdir ();
  char *path = write_file (dir, "long.txt", data, n);
  GError *error = NULL;
  CgArticle *a = cg_reader_read_file (reader (), path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (a->len, ==, n);
  g_assert_null (memchr (a->text, '\n', n));
  g_assert_cmpmem (a->text + n - 200, 200, data + n - 200, 200);
  g_assert_null (a->title); /* far more words than a title */
  cg_article_free (a);
  g_unlink (path);
  g_rmdir (dir);
  g_free (path);
  g_free (dir);
  g_free (data);
}

/* The whole-text passes take sixteen bytes at a time: control bytes in
 * every position of a block are blanked as the byte loop blanks them, and
 * invalid UTF-8 after long ASCII and valid multi-byte runs is reported at
 * its own byte. */
static void
test_byte_passes (void)
{
  GString *t = g_string_new ("The minister said the talks would resume on Monday.\n\n");
  gsize first = t->len;
  for (guint k = 0; k < 40; k++)
    {
      g_string_append (t, "Officials said \xE2\x80\x9Cwe will talk\xE2\x80\x9D again.");
      g_string_append_c (t, "\r\x01\x1F\x7F\t"[k % 5]);
    }
  g_string_append (t, "\n");
  GError *error = NULL;
  CgArticle *a = cg_reader_read_bytes (reader (), "controls.txt", t->str, t->len, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (a->len, ==, t->len);
  for (gsize i = first; i < t->len; i++)
    {
      guchar c = (guchar) t->str[i];
      gboolean ctrl = (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F;
      g_assert_cmpint (a->text[i], ==, ctrl ? ' ' : (char) c);
    }
  cg_article_free (a);

  /* a truncated U+2014 after 37 ASCII bytes and two valid characters */
  const char *bad = "Putin said the talks would go on and \xE2\x80\x9C\xC3\xA9\xE2\x80 then.\n";
  a = cg_reader_read_bytes (reader (), "bad.txt", bad, strlen (bad), FALSE, &error);
  g_assert_null (a);
  g_assert_error (error, CG_ERROR, CG_ERROR_INPUT);
  g_assert_nonnull (strstr (error->message, "byte offset 42"));
  g_assert_nonnull (strstr (error->message, "line 1"));
  g_clear_error (&error);
  g_string_free (t, TRUE);
}

/* Metadata of TEXT read from memory; fields compared with NULL meaning none. */
static void
check_layout (const char *text, const char *title, const char *author, const char *outlet,
              const char *date)
{
  GError *error = NULL;
  CgArticle *a = cg_reader_read_bytes (reader (), "layout.txt", text, strlen (text), FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a->title, ==, title);
  g_assert_cmpstr (a->author, ==, author);
  g_assert_cmpstr (a->outlet, ==, outlet);
  g_assert_cmpstr (a->date, ==, date);
  assert_offsets_kept (a);
  cg_article_free (a);
}

static void
test_layouts (void)
{
  /* "line 1 the title, line 2 blank": a headline may end with a period */
  check_layout ("Land mines are back. Why the U.S. wants them in its arsenal again.\n\n"
                "For now, the 1997 land mine treaty is \u201csurviving and thriving,\u201d says Mary Wareham.\n",
                "Land mines are back. Why the U.S. wants them in its arsenal again.", NULL, NULL, NULL);
  /* a headline starting with "By" is not a byline */
  check_layout ("By Cutting Off Obamacare\u2019s Insurer Subsidies, Trump Might Help More People\n\n"
                "President Trump announced today that he will stop making payments.\n",
                "By Cutting Off Obamacare\u2019s Insurer Subsidies, Trump Might Help More People",
                NULL, NULL, NULL);
  /* a kicker above the title; a byline with an outlet; a date cue */
  check_layout ("Analysis\nSanctions Bite in Moscow\n\nBy Jane Doe, Reuters\nPublished: March 3, 2025\n\n"
                "The ruble fell on Monday, traders said.\n",
                "Sanctions Bite in Moscow", "Jane Doe", NULL, "2025-03-03");
  check_layout ("Sanctions Bite in Moscow\n\nJane Doe 3 Mar 2025 Associated Press\n\n"
                "The ruble fell on Monday, traders said.\n",
                "Sanctions Bite in Moscow", "Jane Doe", "Associated Press", "2025-03-03");
  /* a name runs through names.rules' [particles] */
  check_layout ("Sanctions Bite in Moscow\n\nUrsula von der Leyen 3 Mar 2025 Associated Press\n\n"
                "The ruble fell on Monday, traders said.\n",
                "Sanctions Bite in Moscow", "Ursula von der Leyen", "Associated Press", "2025-03-03");
  /* "NAME, DATE:" that is not a byline */
  check_layout ("Sanctions Bite in Moscow\n\nEditors\u2019 Note, June 5, 2020: this article was updated.\n\n"
                "The ruble fell on Monday, traders said.\n",
                "Sanctions Bite in Moscow", NULL, NULL, NULL);
  /* prose at the top that looks like an author note is prose */
  check_layout ("Mueller Report Lands\n\nRobert Mueller, a former FBI director, is the author of the "
                "report, officials said.\n\nThe report runs to 448 pages.\n",
                "Mueller Report Lands", NULL, NULL, NULL);
  /* a copyright owner with company words and "by" around it */
  check_layout ("The ruble fell on Monday, traders said, and the central bank raised its key rate by "
                "two points at an emergency meeting called late on Sunday night, the third such meeting "
                "since the sanctions were announced in February.\n\n"
                "\u00a9 Copyright 2017 by Creators Syndicate Inc.\n",
                NULL, NULL, "Creators Syndicate", NULL);
}

/* ---- bad input ----------------------------------------------------------- */

static void
expect_error (const char *path, int code, const char *const *fragments)
{
  GError *error = NULL;
  CgArticle *a = cg_reader_read_file (reader (), path, &error);
  g_assert_null (a);
  g_assert_error (error, CG_ERROR, code);
  if (strstr (error->message, path) == NULL)
    g_error ("\"%s\" does not name the file %s", error->message, path);
  for (guint i = 0; fragments[i]; i++)
    if (strstr (error->message, fragments[i]) == NULL)
      g_error ("\"%s\" does not hold \"%s\"", error->message, fragments[i]);
  g_error_free (error);
}

#define FRAGS(...) ((const char *const[]) { __VA_ARGS__, NULL })

static void
test_bad_input (void)
{
  char *dir = cg_test_tmpdir ();
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  char *p;

  p = write_file (dir, "empty.txt", "", 0);
  expect_error (p, CG_ERROR_INPUT, FRAGS ("empty file"));
  g_ptr_array_add (paths, p);

  p = write_file (dir, "blank.txt", " \n\t\r\n\n", -1);
  expect_error (p, CG_ERROR_INPUT, FRAGS ("no article text"));
  g_ptr_array_add (paths, p);

  p = write_file (dir, "boiler.txt", "Share:\n\nMost Popular\n", -1);
  expect_error (p, CG_ERROR_INPUT, FRAGS ("no article text", "boilerplate"));
  g_ptr_array_add (paths, p);

  p = write_file (dir, "binary.txt", "Title\nab\0cd", 11);
  expect_error (p, CG_ERROR_INPUT, FRAGS ("binary", "byte offset 8", "line 2"));
  g_ptr_array_add (paths, p);

  p = write_file (dir, "latin1.txt", "Putin said\nthe caf\xE9 was closed.\n", -1);
  expect_error (p, CG_ERROR_INPUT, FRAGS ("invalid UTF-8", "byte offset 18", "line 2"));
  g_ptr_array_add (paths, p);

  p = write_file (dir, "utf16.txt", "\xFF\xFEH\0i\0 \0t\0h\0e\0r\0e\0", 18);
  expect_error (p, CG_ERROR_INPUT, FRAGS ("UTF-16", "convert to UTF-8"));
  g_ptr_array_add (paths, p);

  p = write_file (dir, "utf16be.txt", "\xFE\xFF\0H\0i", 6);
  expect_error (p, CG_ERROR_INPUT, FRAGS ("UTF-16", "FE FF", "convert to UTF-8"));
  g_ptr_array_add (paths, p);

  /* UTF-16 without a byte order mark: NULs at every other byte */
  const char *u16 = "T\0r\0u\0m\0p\0 \0s\0a\0i\0d\0 \0n\0o\0t\0h\0i\0n\0g\0.\0";
  p = write_file (dir, "utf16nobom.txt", u16, 38);
  expect_error (p, CG_ERROR_INPUT, FRAGS ("UTF-16LE", "convert to UTF-8"));
  g_ptr_array_add (paths, p);

  /* 1 GB, sparse: refused from its size, before any byte is read */
  p = g_build_filename (dir, "huge.txt", NULL);
  FILE *f = fopen (p, "w");
  g_assert_nonnull (f);
  g_assert_cmpint (ftruncate (fileno (f), (off_t) 1 << 30), ==, 0);
  fclose (f);
  expect_error (p, CG_ERROR_INPUT, FRAGS ("too big", "1073741824 bytes", "limit"));
  g_ptr_array_add (paths, p);

  /* a directory given as a file */
  char *sub = g_build_filename (dir, "adir", NULL);
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  expect_error (sub, CG_ERROR_INPUT, FRAGS ("is a directory"));

  /* a file that is not there (or vanished before it was opened) */
  char *gone = g_build_filename (dir, "gone.txt", NULL);
  expect_error (gone, CG_ERROR_IO, FRAGS ("No such file"));

  /* bytes in memory over the limit */
  GError *error = NULL;
  g_assert_null (cg_reader_read_bytes (reader (), "mem.txt", "x", CG_MAX_ARTICLE_BYTES + 1, FALSE, &error));
  g_assert_error (error, CG_ERROR, CG_ERROR_INPUT);
  g_assert_nonnull (strstr (error->message, "mem.txt: too big"));
  g_clear_error (&error);

  for (guint i = 0; i < paths->len; i++)
    g_unlink (g_ptr_array_index (paths, i));
  g_rmdir (sub);
  g_rmdir (dir);
  g_ptr_array_unref (paths);
  g_free (sub);
  g_free (gone);
  g_free (dir);
}

/* ---- sidecars ------------------------------------------------------------ */

static char *
copy_seed (const char *dir, const char *seed, const char *name)
{
  char *src = cg_test_corpus (seed), *data;
  gsize len;
  GError *error = NULL;
  g_file_get_contents (src, &data, &len, &error);
  g_assert_no_error (error);
  char *path = write_file (dir, name, data, len);
  g_free (data);
  g_free (src);
  return path;
}

static void
test_sidecar (void)
{
  char *dir = cg_test_tmpdir ();
  char *path = copy_seed (dir, "000_c3594d0c15096988.txt", "tyee.txt");
  /* PATH with its extension replaced by .meta */
  char *meta = write_file (dir, "tyee.meta",
                           "# corrected by hand\n[article]\nauthor = Michael Harris\n"
                           "title=Putin and Trump\ndate=2025-03-21\n", -1);
  GError *error = NULL;
  CgArticle *a = cg_reader_read_file (reader (), path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a->title, ==, "Putin and Trump");
  g_assert_cmpstr (a->date, ==, "2025-03-21");
  g_assert_cmpstr (a->author, ==, "Michael Harris");
  g_assert_cmpstr (a->outlet, ==, "The Tyee"); /* not in the sidecar: detected */
  cg_article_free (a);

  /* PATH.meta wins over the replaced extension */
  char *meta2 = write_file (dir, "tyee.txt.meta", "[article]\noutlet=The Tyee (Vancouver)\n", -1);
  a = cg_reader_read_file (reader (), path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a->outlet, ==, "The Tyee (Vancouver)");
  g_assert_cmpstr (a->title, ==, "The Dark Alliance of Putin and Trump");
  cg_article_free (a);

  /* read_bytes looks the sidecar up only when asked */
  a = cg_reader_read_bytes (reader (), path, "Putin said the talks were over.\n", 32, FALSE, &error);
  g_assert_no_error (error);
  g_assert_null (a->outlet);
  cg_article_free (a);

  /* a broken sidecar is an error naming the sidecar and the line */
  g_file_set_contents (meta2, "[article]\ntitle=x\nthis line is wrong\n", -1, &error);
  g_assert_no_error (error);
  expect_error (path, CG_ERROR_INPUT, FRAGS ("tyee.txt.meta", "line 3", "key=value"));
  g_file_set_contents (meta2, "[article]\ndate=21 March 2025\n", -1, &error);
  expect_error (path, CG_ERROR_INPUT, FRAGS ("tyee.txt.meta", "line 2", "yyyy-mm-dd"));
  g_file_set_contents (meta2, "[article]\nauthr=Michael Harris\n", -1, &error);
  expect_error (path, CG_ERROR_INPUT, FRAGS ("tyee.txt.meta", "line 2", "unknown key \"authr\""));
  g_file_set_contents (meta2, "[other]\ntitle=x\n", -1, &error);
  expect_error (path, CG_ERROR_INPUT, FRAGS ("tyee.txt.meta", "no [article] group"));

  g_unlink (meta2);
  g_unlink (meta);
  g_unlink (path);
  g_rmdir (dir);
  g_free (meta2);
  g_free (meta);
  g_free (path);
  g_free (dir);
}

/* ---- metadata tables ----------------------------------------------------- */

/* Load TABLE_TEXT written to DIR/NAME; NULL with the error in *ERROR. */
static CgMetaTable *
table_from (const char *dir, const char *name, const char *text, char **path, GError **error)
{
  *path = write_file (dir, name, text, -1);
  return cg_meta_table_load (cg_test_rules (), *path, error);
}

static void
expect_table_error (const char *dir, const char *text, const char *const *fragments)
{
  char *path;
  GError *error = NULL;
  CgMetaTable *t = table_from (dir, "bad.tsv", text, &path, &error);
  g_assert_null (t);
  g_assert_error (error, CG_ERROR, CG_ERROR_INPUT);
  if (strstr (error->message, path) == NULL)
    g_error ("\"%s\" does not name the file %s", error->message, path);
  for (guint i = 0; fragments[i]; i++)
    if (strstr (error->message, fragments[i]) == NULL)
      g_error ("\"%s\" does not hold \"%s\"", error->message, fragments[i]);
  g_error_free (error);
  g_unlink (path);
  g_free (path);
}

/* BASIL's own metadata.tsv rows: the article gets the table's outlet (a
 * code the rules name), date and title; the table's key has no extension. */
static void
test_meta_table_basil (void)
{
  char *table_path = cg_test_data ("meta-table-basil.tsv");
  char *path = cg_test_data ("2010_2b95d2cf-e979-4f9c-ae27-9a5370934f23_1.txt");
  GError *error = NULL;
  CgMetaTable *t = cg_meta_table_load (cg_test_rules (), table_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cg_meta_table_size (t), ==, 3);
  CgReader *r = cg_reader_new (cg_test_rules (), &error);
  g_assert_no_error (error);

  /* without the table the text gives no outlet and no date */
  CgArticle *a = cg_reader_read_file (r, path, &error);
  g_assert_no_error (error);
  g_assert_null (a->outlet);
  g_assert_null (a->date);
  cg_article_free (a);

  cg_reader_set_meta_table (r, t);
  a = cg_reader_read_file (r, path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a->outlet, ==, "The New York Times");
  g_assert_cmpstr (a->date, ==, "2010-07-02");
  g_assert_cmpstr (a->title, ==, "Michael Steele Criticized for Afghanistan Comments");
  g_assert_null (a->author);
  cg_article_free (a);

  const CgMetaRow *row = cg_meta_table_lookup (t, "elsewhere/2010_2b95d2cf-e979-4f9c-ae27-9a5370934f23_3.txt");
  g_assert_nonnull (row);
  g_assert_cmpstr (row->outlet, ==, "hpo");
  g_assert_cmpstr (row->title, ==, "Michael Steele’s Afghanistan Comments Stir Up Furious Reaction From Conservatives");
  g_assert_null (cg_meta_table_lookup (t, "2010_2b95d2cf-e979-4f9c-ae27-9a5370934f23_4.txt"));

  /* a sidecar still has the last word */
  char *dir = cg_test_tmpdir ();
  char *copy = copy_seed (dir, "000_c3594d0c15096988.txt", "2010_2b95d2cf-e979-4f9c-ae27-9a5370934f23_2.txt");
  char *meta = write_file (dir, "2010_2b95d2cf-e979-4f9c-ae27-9a5370934f23_2.meta", "[article]\ndate=2010-07-05\n", -1);
  a = cg_reader_read_file (r, copy, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a->outlet, ==, "Fox News");
  g_assert_cmpstr (a->date, ==, "2010-07-05");
  g_assert_cmpstr (a->author, ==, "Michael Harris"); /* the table has no author column: the text's */
  cg_article_free (a);

  g_unlink (meta);
  g_unlink (copy);
  g_rmdir (dir);
  g_free (meta);
  g_free (copy);
  g_free (dir);
  cg_reader_free (r);
  cg_meta_table_free (t);
  g_free (path);
  g_free (table_path);
}

/* An author list is persons, not one name: AllSides' authors cells (an
 * e-mail address after the name, an agency among the reporters, a page's
 * furniture) and a byline "By A and B". */
static void
test_author_lists (void)
{
  char *dir = cg_test_tmpdir (), *path;
  GError *error = NULL;
  CgMetaTable *t = table_from (dir, "allsides.tsv",
                               "id\tsource\tdate\tauthors\ttitle\n"
                               "cZa3BJau3Mix3MBC\tWall Street Journal\t\tCharles Hutzler, Charles.Hutzler Wsj.Com\t"
                               "Beijing Chosen to Host 2022 Winter Olympics\n"
                               "kMfzwaKHdDC7fsCH\tChicago Sun-Times\t2020-01-13\tJesse Jackson, David Roeder, Rachel Hinton, "
                               "Fran Spielman, Sam Charles, Associated Press, Jeff Agrest\tNew hope for Pembroke Township\n"
                               "x1\tReuters\t2019-12-26\tReuters\tPelosi holds the articles\n"
                               "JtRT0DXK1Kf7RGTm\tDaily Kos\t2018-04-02\tBackgroundurl Avatar_Large, Story Count, "
                               "Comment Count, Popular Tags\tChina responds to steel tariffs with tariffs on US farmers, "
                               "as Trump prepares to escalate trade war\n"
                               "C6bCeZPJ18s49xxX\tBlock Club Chicago\t2020-07-18\tSee More, Jake Wittich, Kelly Bauer\t"
                               "18-Year-Old Activist Had Teeth Knocked Out By Police At Columbus Statue Protest, "
                               "Officials Say\n",
                               &path, &error);
  g_assert_no_error (error);
  CgReader *r = cg_reader_new (cg_test_rules (), &error);
  g_assert_no_error (error);
  cg_reader_set_meta_table (r, t);
  static const char *const cases[][3] = {
    { "cZa3BJau3Mix3MBC.txt", "BEIJING\xE2\x80\x94The International Olympic Committee on Friday voted 44-40 to award "
                              "the 2022 Winter Games to Beijing.\n", "Charles Hutzler" },
    { "kMfzwaKHdDC7fsCH.txt", "Across America, there are pockets of poverty, communities that have been left behind.\n",
      "Jesse Jackson, David Roeder, Rachel Hinton, Fran Spielman, Sam Charles, Jeff Agrest" },
    /* an agency as the only "author": no byline, the outlet speaks */
    { "x1.txt", "House Speaker Nancy Pelosi has not yet transmitted the articles of impeachment to the Senate.\n", NULL },
    /* page furniture in the cell ([author-furniture]) is no author */
    { "JtRT0DXK1Kf7RGTm.txt", "Now China is shooting back.\n", NULL },
    { "C6bCeZPJ18s49xxX.txt", "GRANT PARK \xE2\x80\x94 An 18-year-old activist who had just spoken to a crowd "
                              "protesting at the Christopher Columbus statue in Grant Park had several front teeth "
                              "knocked out by a Chicago Police officer Friday evening.\n", "Jake Wittich, Kelly Bauer" },
    /* no table row: the text's byline */
    { "y1.txt", "Pelosi holds the articles\n\nBy Doina Chiacu and Katanga Johnson, Reuters\n\n"
                "House Speaker Nancy Pelosi has not yet transmitted the articles of impeachment to the Senate.\n",
      "Doina Chiacu, Katanga Johnson" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CgArticle *a = cg_reader_read_bytes (r, cases[i][0], cases[i][1], strlen (cases[i][1]), TRUE, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (a->author, ==, cases[i][2]);
      cg_article_free (a);
    }
  cg_reader_free (r);
  cg_meta_table_free (t);
  g_unlink (path);
  g_free (path);
  g_free (dir);
}

/* CSV as spreadsheets write it: a BOM, CRLF, quoted fields holding commas,
 * doubled quotes and a line break; US slash dates; header names in any
 * case; a placeholder date is no date. */
static void
test_meta_table_csv (void)
{
  char *dir = cg_test_tmpdir (), *path;
  GError *error = NULL;
  CgMetaTable *t = table_from (dir, "export.csv",
                               "\xEF\xBB\xBFID,Headline,Authors,Source,Date,chars\r\n"
                               "a1,\"Trump, Putin and the \"\"reset\"\"\",\"Jane Doe, John Roe\",NPR Online News,1/21/18,4336\r\n"
                               "\r\n"
                               "a2.txt,\"Two\nlines\",,The Hill,2016-09-20T08:00:00Z,12\r\n"
                               "a3,Undated,,Brookings Institution,0001-11-30,7\r\n",
                               &path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cg_meta_table_size (t), ==, 3);
  const CgMetaRow *row = cg_meta_table_lookup (t, "/corpus/a1.txt");
  g_assert_nonnull (row);
  g_assert_cmpstr (row->title, ==, "Trump, Putin and the \"reset\"");
  g_assert_cmpstr (row->author, ==, "Jane Doe, John Roe");
  g_assert_cmpstr (row->outlet, ==, "NPR Online News");
  g_assert_cmpstr (row->date, ==, "2018-01-21");
  row = cg_meta_table_lookup (t, "a2.txt");
  g_assert_nonnull (row);
  g_assert_cmpstr (row->title, ==, "Two\nlines");
  g_assert_null (row->author);
  g_assert_cmpstr (row->date, ==, "2016-09-20");
  g_assert_null (cg_meta_table_lookup (t, "a2.md")); /* the key has an extension: only that file */
  row = cg_meta_table_lookup (t, "a3.md");
  g_assert_nonnull (row);
  g_assert_null (row->date);
  cg_meta_table_free (t);
  g_unlink (path);
  g_free (path);

  /* each kind of broken table names the file and the line */
  expect_table_error (dir, "", FRAGS ("empty", "no header row"));
  expect_table_error (dir, "name\ttitle\nx\ty\n", FRAGS ("line 1", "no column names the article", "\"file\""));
  expect_table_error (dir, "file\ttitle\tdate\na\tA\t2018-01-02\nb\tB\n", FRAGS ("line 3", "2 fields where the header has 3"));
  expect_table_error (dir, "file\tdate\na\t2018-02-30\n", FRAGS ("line 2", "\"2018-02-30\" is not a date"));
  expect_table_error (dir, "file\tdate\na\tyesterday\n", FRAGS ("line 2", "\"yesterday\" is not a date"));
  expect_table_error (dir, "file\ttitle\na\tA\nb\tB\na\tC\n", FRAGS ("line 4", "\"a\" was already given on line 2"));
  expect_table_error (dir, "file\ttitle\n\tA\n", FRAGS ("line 2", "the article column (\"file\") is empty"));
  expect_table_error (dir, "file,title\na,\"never closed\nb,B\n", FRAGS ("line 2", "quoted field is not closed"));
  expect_table_error (dir, "file,title\na,\"A\"x\n", FRAGS ("line 2", "after the closing quote"));
  expect_table_error (dir, "file\ttitle\na\t\xC3\x28\n", FRAGS ("line 2", "not UTF-8"));
  char *gone = g_build_filename (dir, "gone.tsv", NULL);
  g_assert_null (cg_meta_table_load (cg_test_rules (), gone, &error));
  g_assert_error (error, CG_ERROR, CG_ERROR_IO);
  g_assert_nonnull (strstr (error->message, gone));
  g_clear_error (&error);
  g_free (gone);
  g_rmdir (dir);
  g_free (dir);
}

/* AllSides' own rows (allsides_metadata.tsv) read field by field: blanks
 * around a field are not kept, a curly apostrophe stays in the title, and
 * bad UTF-8 after a long ASCII run and two good non-ASCII characters is
 * found at its own byte and line (the loader hands only the runs between
 * ASCII bytes to the UTF-8 check, and keeps fields in one buffer per
 * record). */
/* The row T gives PATH: its fields, NULL for an empty one. */
static void
assert_row (CgMetaTable *t, const char *path, const char *title, const char *author, const char *outlet,
            const char *date)
{
  const CgMetaRow *row = cg_meta_table_lookup (t, path);
  g_assert_nonnull (row);
  g_assert_cmpstr (row->title, ==, title);
  g_assert_cmpstr (row->author, ==, author);
  g_assert_cmpstr (row->outlet, ==, outlet);
  g_assert_cmpstr (row->date, ==, date);
}

static void
test_meta_table_tsv_rows (void)
{
  char *dir = cg_test_tmpdir (), *path;
  GError *error = NULL;
  const char *header = "id\tsource\tsource_url\tbias_text\ttopic\tdate\tauthors\ttitle\n";
  char *text = g_strconcat (header,
                            "004Gt3gcsotuiYmz\tNew York Times - News\twww.nytimes.com\tleft\tterrorism\t2016-09-20\t"
                            "N. R. Kleinfield\tBomb Suspect Changed After Trip Abroad, Friends Say\n",
                            "  00eP4XD3VdMmHITE \t Vox\twww.vox.com\tleft\tsupreme_court\t2018-09-12\t"
                            "Emily Stewart, Terry Nguyen  \t  Why Susan Collins claims she\xE2\x80\x99s being bribed over her Kavanaugh vote \r\n",
                            "\n01siLGUAxjHtoFED\tSlate\twww.slate.com\tleft\tculture\t2018-12-14\t\t"
                            "The Weekly Standard\xE2\x80\x99s Dismantling Is Terrible News for Conservatism and Journalism\n",
                            NULL);
  CgMetaTable *t = table_from (dir, "allsides.tsv", text, &path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cg_meta_table_size (t), ==, 3);
  assert_row (t, "/allsides/004Gt3gcsotuiYmz.txt", "Bomb Suspect Changed After Trip Abroad, Friends Say",
              "N. R. Kleinfield", "New York Times - News", "2016-09-20");
  assert_row (t, "00eP4XD3VdMmHITE.txt", "Why Susan Collins claims she\xE2\x80\x99s being bribed over her Kavanaugh vote",
              "Emily Stewart, Terry Nguyen", "Vox", "2018-09-12");
  assert_row (t, "01siLGUAxjHtoFED",
              "The Weekly Standard\xE2\x80\x99s Dismantling Is Terrible News for Conservatism and Journalism", NULL,
              "Slate", "2018-12-14");
  cg_meta_table_free (t);
  g_unlink (path);
  g_free (path);
  g_free (text);

  /* "The Weekly Standard’s" with its apostrophe cut after two bytes and
   * an "é" after it: byte 100, on line 3 */
  expect_table_error (dir,
                      "file\ttitle\n"
                      "01siLGUAxjHtoFED\tThe Weekly Standard\xE2\x80\x99s Dismantling\n"
                      "02siLGUAxjHtoFED\tThe Weekly Standard\xE2\x80\xC3\xA9s Dismantling\n",
                      FRAGS ("line 3", "byte 100", "not UTF-8"));
  g_rmdir (dir);
  g_free (dir);
}

/* The unquoted fields are ended in place, where their separator or line
 * end was (metatable.c): AllSides rows whose last cell touches the line's
 * end, CRLF or none at the end of the file, must still end their line
 * (the row count and an error's line number say so), and a CSV row mixes
 * quoted cells with cells ended in place. */
static void
test_meta_table_ends (void)
{
  char *dir = cg_test_tmpdir (), *path;
  GError *error = NULL;
  CgMetaTable *t = table_from (dir, "allsides.tsv",
                               "id\tsource\tdate\tauthors\ttitle\tchars\r\n"
                               "00FTGIZEd6B8zQ4U\tEzra Klein\t2014-05-06\tAnya Kamenetz\t"
                               "Poll: Prestigious Colleges Won't Make You Happier In Life Or Work\t4336\r\n"
                               "\r\n"
                               "00HGGqBRf1kzPRlg\tBreitbart News\t2017-09-12\tIan Mason\t"
                               "Paul Ryan Reportedly Says No Chance for Border Wall at Private Dinner\t5149\n"
                               "004Gt3gcsotuiYmz\tNew York Times - News\t2016-09-20\tN. R. Kleinfield\t"
                               "Bomb Suspect Changed After Trip Abroad, Friends Say\t2615",
                               &path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cg_meta_table_size (t), ==, 3);
  assert_row (t, "00FTGIZEd6B8zQ4U.txt", "Poll: Prestigious Colleges Won't Make You Happier In Life Or Work",
              "Anya Kamenetz", "Ezra Klein", "2014-05-06");
  assert_row (t, "00HGGqBRf1kzPRlg.txt", "Paul Ryan Reportedly Says No Chance for Border Wall at Private Dinner",
              "Ian Mason", "Breitbart News", "2017-09-12");
  assert_row (t, "004Gt3gcsotuiYmz.txt", "Bomb Suspect Changed After Trip Abroad, Friends Say", "N. R. Kleinfield",
              "New York Times - News", "2016-09-20");
  cg_meta_table_free (t);
  g_unlink (path);
  g_free (path);

  t = table_from (dir, "allsides.csv",
                  "id,title,source,date\r\n"
                  "00FTGIZEd6B8zQ4U,\"Poll: Prestigious Colleges Won't Make You Happier In Life Or Work\",Ezra Klein,2014-05-06\r\n"
                  "004Gt3gcsotuiYmz,\"Bomb Suspect Changed After Trip Abroad, Friends Say\",New York Times - News,"
                  "2016-09-20\r\n",
                  &path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cg_meta_table_size (t), ==, 2);
  assert_row (t, "00FTGIZEd6B8zQ4U.txt", "Poll: Prestigious Colleges Won't Make You Happier In Life Or Work", NULL,
              "Ezra Klein", "2014-05-06");
  assert_row (t, "004Gt3gcsotuiYmz.txt", "Bomb Suspect Changed After Trip Abroad, Friends Say", NULL,
              "New York Times - News", "2016-09-20");
  cg_meta_table_free (t);
  g_unlink (path);
  g_free (path);

  expect_table_error (dir,
                      "id\ttitle\tchars\r\n"
                      "00FTGIZEd6B8zQ4U\tPoll: Prestigious Colleges Won't Make You Happier In Life Or Work\t4336\r\n"
                      "\n"
                      "00HGGqBRf1kzPRlg\tPaul Ryan Reportedly Says No Chance for Border Wall at Private Dinner\n",
                      FRAGS ("line 4", "2 fields where the header has 3"));
  g_rmdir (dir);
  g_free (dir);
}

/* ---- listing ------------------------------------------------------------- */

static void
test_list_paths (void)
{
  char *dir = cg_test_tmpdir ();
  char *a = g_build_filename (dir, "a", NULL), *sub = g_build_filename (a, "sub", NULL);
  g_assert_cmpint (g_mkdir_with_parents (sub, 0700), ==, 0);
  char *files[] = {
    write_file (a, "b.txt", "x", 1), write_file (a, ".hidden.txt", "x", 1),
    write_file (a, "b.meta", "[article]\n", -1), write_file (sub, "a.txt", "x", 1),
    write_file (a, "0.txt", "x", 1),
  };
  /* a loop back to the top and a dangling link */
  char *loop = g_build_filename (sub, "up", NULL), *dangling = g_build_filename (a, "dangling.txt", NULL);
  g_assert_cmpint (symlink (a, loop), ==, 0);
  g_assert_cmpint (symlink ("/nonexistent/x", dangling), ==, 0);

  char *args[] = { a, files[0], NULL };
  GError *error = NULL;
  GPtrArray *out = cg_reader_list_paths (args, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (out->len, ==, 3);
  char *want0 = g_build_filename (a, "0.txt", NULL);
  char *want2 = g_build_filename (sub, "a.txt", NULL);
  g_assert_cmpstr (g_ptr_array_index (out, 0), ==, want0);
  g_assert_cmpstr (g_ptr_array_index (out, 1), ==, files[0]);
  g_assert_cmpstr (g_ptr_array_index (out, 2), ==, want2);
  g_ptr_array_unref (out);

  /* a path that does not exist */
  char *missing = g_build_filename (dir, "missing", NULL);
  char *bad[] = { a, missing, NULL };
  g_assert_null (cg_reader_list_paths (bad, &error));
  g_assert_error (error, CG_ERROR, CG_ERROR_IO);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  g_unlink (loop);
  g_unlink (dangling);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_unlink (files[i]);
      g_free (files[i]);
    }
  g_rmdir (sub);
  g_rmdir (a);
  g_rmdir (dir);
  g_free (missing);
  g_free (want0);
  g_free (want2);
  g_free (loop);
  g_free (dangling);
  g_free (sub);
  g_free (a);
  g_free (dir);
}

/* ---- threads -------------------------------------------------------------- */

static const char *const seeds[] = {
  "000_c3594d0c15096988.txt", "001_0db92d2809385ea2.txt", "002_949dcb43ef4cc554.txt",
  "003_9dc80e7d13244d7d.txt", "004_df20157698547397.txt",
};

static gpointer
read_all (gpointer data)
{
  GPtrArray *texts = data;
  for (guint round = 0; round < 4; round++)
    for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
      {
        CgArticle *a = read_seed (seeds[i]);
        if (round == 0)
          g_ptr_array_add (texts, g_strdup_printf ("%s|%s|%s|%s|%s", a->text, a->title, a->author,
                                                   a->outlet, a->date));
        cg_article_free (a);
      }
  return NULL;
}

static void
test_threads (void)
{
  /* One reader, several threads: the same results as one thread. */
  GPtrArray *want = g_ptr_array_new_with_free_func (g_free);
  read_all (want);
  GPtrArray *got[4];
  GThread *threads[4];
  for (guint t = 0; t < 4; t++)
    {
      got[t] = g_ptr_array_new_with_free_func (g_free);
      threads[t] = g_thread_new ("reader", read_all, got[t]);
    }
  for (guint t = 0; t < 4; t++)
    {
      g_thread_join (threads[t]);
      g_assert_cmpuint (got[t]->len, ==, want->len);
      for (guint i = 0; i < want->len; i++)
        g_assert_cmpstr (g_ptr_array_index (got[t], i), ==, g_ptr_array_index (want, i));
      g_ptr_array_unref (got[t]);
    }
  g_ptr_array_unref (want);
}

/* ---- rules ---------------------------------------------------------------- */

static void
test_rule_errors (void)
{
  /* A boilerplate section that does not exist is an error naming the line. */
  char *dir = cg_test_tmpdir ();
  char *user = write_file (dir, "boilerplate.rules", "[lines]\nread more\n", -1);
  GError *error = NULL;
  CgRules *rules = cg_rules_load_dirs (cg_rules_default_dir (), dir, &error);
  g_assert_no_error (error);
  g_assert_null (cg_reader_new (rules, &error));
  g_assert_error (error, CG_ERROR, CG_ERROR_RULES);
  g_assert_nonnull (strstr (error->message, "boilerplate.rules:2: unknown section [lines]"));
  g_clear_error (&error);
  cg_rules_free (rules);

  g_file_set_contents (user, "[line-regex]\n^(unclosed\n", -1, &error);
  rules = cg_rules_load_dirs (cg_rules_default_dir (), dir, &error);
  g_assert_no_error (error);
  g_assert_null (cg_reader_new (rules, &error));
  g_assert_error (error, CG_ERROR, CG_ERROR_RULES);
  g_assert_nonnull (strstr (error->message, "boilerplate.rules:2: bad regular expression"));
  g_clear_error (&error);
  cg_rules_free (rules);

  /* a user rule blanks its lines */
  g_file_set_contents (user, "[line-start]\nreporting by\n", -1, &error);
  rules = cg_rules_load_dirs (cg_rules_default_dir (), dir, &error);
  CgReader *r = cg_reader_new (rules, &error);
  g_assert_no_error (error);
  const char *text = "Putin denied it, the Kremlin said.\n\nReporting by Jane Doe; editing by John Roe\n";
  CgArticle *a = cg_reader_read_bytes (r, "wire.txt", text, strlen (text), FALSE, &error);
  g_assert_no_error (error);
  assert_blanked (a, "Reporting by Jane Doe; editing by John Roe");
  assert_kept (a, "Putin denied it, the Kremlin said.");
  cg_article_free (a);
  cg_reader_free (r);
  cg_rules_free (rules);

  /* a [regex] rule runs only over a text holding its requires= literal,
   * compared with its case */
  const char *glued = "Putin denied it, the Kremlin said.\n\nSee alsoRELATED stories here NOW.\n";
  const char *cases[][2] = { { "NOW", "yes" }, { "now", "no" }, { "LATER", "no" },
                             { "LATER|NOW", "yes" }, { "later | now", "no" } };
  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      char *rule = g_strdup_printf ("[regex]\n(?<=[a-z])RELATED[^\\n]*? NOW ; requires=%s\n", cases[k][0]);
      g_file_set_contents (user, rule, -1, &error);
      g_free (rule);
      rules = cg_rules_load_dirs (cg_rules_default_dir (), dir, &error);
      r = cg_reader_new (rules, &error);
      g_assert_no_error (error);
      a = cg_reader_read_bytes (r, "glued.txt", glued, strlen (glued), FALSE, &error);
      g_assert_no_error (error);
      if (strcmp (cases[k][1], "yes") == 0)
        assert_blanked (a, "RELATED stories here NOW");
      else
        assert_kept (a, "See alsoRELATED stories here NOW.");
      cg_article_free (a);
      cg_reader_free (r);
      cg_rules_free (rules);
    }

  /* a [line-regex] rule with requires=A|B tries the lines holding either,
   * in any case; an empty literal is an error naming the line */
  g_file_set_contents (user, "[line-regex]\n^\\W*(copyleft|\\(k\\)) \\d{4}\\b.*$ ; requires=copyleft|(k)\n", -1, &error);
  rules = cg_rules_load_dirs (cg_rules_default_dir (), dir, &error);
  r = cg_reader_new (rules, &error);
  g_assert_no_error (error);
  const char *notes = "Putin denied it, the Kremlin said.\n\n(K) 2019 Example Wire\n\nCOPYLEFT 2020 Example Wire\n\n"
                      "Copyleft notes follow the 2019 vote.\n";
  a = cg_reader_read_bytes (r, "notes.txt", notes, strlen (notes), FALSE, &error);
  g_assert_no_error (error);
  assert_blanked (a, "(K) 2019 Example Wire");
  assert_blanked (a, "COPYLEFT 2020 Example Wire");
  assert_kept (a, "Copyleft notes follow the 2019 vote.");
  cg_article_free (a);
  cg_reader_free (r);
  cg_rules_free (rules);
  g_file_set_contents (user, "[line-regex]\n^x(a|b)$ ; requires=xa||xb\n", -1, &error);
  rules = cg_rules_load_dirs (cg_rules_default_dir (), dir, &error);
  g_assert_no_error (error);
  g_assert_null (cg_reader_new (rules, &error));
  g_assert_error (error, CG_ERROR, CG_ERROR_RULES);
  g_assert_nonnull (strstr (error->message, "boilerplate.rules:2: an empty literal in requires=xa||xb"));
  g_clear_error (&error);
  cg_rules_free (rules);
  g_unlink (user);
  g_rmdir (dir);
  g_free (user);
  g_free (dir);
}

/* A corpus folder's metadata (basil/metadata.tsv) is no article. */
static void
test_list_paths_text_only (void)
{
  char *dir = cg_test_tmpdir ();
  const char *names[] = { "a.txt", "b.tsv", "c", "d.md", "e.JSON", "f.TXT", NULL };
  for (guint i = 0; names[i]; i++)
    {
      char *p = g_build_filename (dir, names[i], NULL);
      g_assert_true (g_file_set_contents (p, "Trump said so.\n", -1, NULL));
      g_free (p);
    }
  char *paths[] = { dir, NULL };
  GError *error = NULL;
  GPtrArray *list = cg_reader_list_paths (paths, &error);
  g_assert_no_error (error);
  GString *got = g_string_new (NULL);
  for (guint i = 0; i < list->len; i++)
    {
      char *base = g_path_get_basename (g_ptr_array_index (list, i));
      g_string_append_printf (got, "%s ", base);
      g_free (base);
    }
  g_assert_cmpstr (got->str, ==, "a.txt c d.md f.TXT ");
  g_string_free (got, TRUE);
  g_ptr_array_unref (list);
  /* Named on the command line, any file is read. */
  char *tsv = g_build_filename (dir, "b.tsv", NULL);
  char *one[] = { tsv, NULL };
  list = cg_reader_list_paths (one, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_ptr_array_unref (list);
  for (guint i = 0; names[i]; i++)
    {
      char *p = g_build_filename (dir, names[i], NULL);
      g_unlink (p);
      g_free (p);
    }
  g_rmdir (dir);
  g_free (tsv);
  g_free (dir);
}

/* Credit lines and lines saying only that someone did not answer are not
 * the article's prose; a paragraph that also reports something is kept.
 * Inline related links ([regex]) are blanked alone. */
/* Page furniture printed word for word in many AllSides articles and kept
 * as author claims before boilerplate.rules knew its shapes (sign-up
 * forms, donation and membership appeals, syndication notes, writers' bio
 * lines ending in a social-media prompt, disclaimers): eight real
 * subset-p10 articles, each loses its furniture line and keeps its prose. */
static void
test_furniture (void)
{
  static const struct { const char *file, *furniture, *prose; } cases[] = {
    { "reader-furniture-breitbart.txt",
      "Joel B. Pollak is Senior Editor-at-Large at Breitbart News. His new e-book",
      "On the Republican side, Donald Trump won over 75% of the vote, running uncontested." },
    { "reader-furniture-dailycaller.txt",
      "Content created by The Daily Caller News Foundation is available without charge",
      "The judge spared Slager of a life sentence, as he was initially facing a first-degree murder charge." },
    { "reader-furniture-dailycaller.txt", "Follow Anders on Twitter",
      "He is seen cuffing Scott and then walking away as another officer arrives on the scene." },
    { "reader-furniture-dailywire.txt",
      "Get inside access to The Daily Wire by becoming a member.",
      "She added: \xe2\x80\x9cI will not be smeared, dismissed or ignored." },
    { "reader-furniture-nr.txt", "And importantly, NRPLUS members help keep NR going.",
      "Rarely do we find ourselves nodding vigorously in agreement with Rahm Emanuel" },
    { "reader-furniture-nyt.txt", "View all New York Times newsletters.",
      "But several of these donors say that their giving has nothing to do with their business interests." },
    { "reader-furniture-politico.txt",
      "By signing up you agree to receive email newsletters or alerts from POLITICO.",
      "But none of that has suppressed the chatter about Ocasio-Cortez\xe2\x80\x99s future." },
    { "reader-furniture-townhall.txt",
      "The opinions expressed by columnists are their own and do not represent the views of Townhall.com.",
      "If voters wanted Hillary\xe2\x80\x99s opinion on the SCOTUS issue, she would have won the Electoral College" },
    { "reader-furniture-vox.txt", "Please consider making a contribution to Vox today.",
      "Kelly Lawler, TV critic for USA Today, wrote an excellent piece" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char *path = cg_test_data (cases[i].file);
      GError *error = NULL;
      CgArticle *a = cg_reader_read_file (reader (), path, &error);
      g_assert_no_error (error);
      assert_offsets_kept (a);
      assert_blanked (a, cases[i].furniture);
      if (cases[i].prose)
        assert_kept (a, cases[i].prose);
      cg_article_free (a);
      g_free (path);
    }
}

static void
test_credit_lines (void)
{
  const char *text =
    "Senators passed the spending bill on Friday after a long night of votes.\n\n"
    "Ms. Dunlap didn\xe2\x80\x99t respond to a request for comment.\n\n"
    "The company declined to comment.\n\n"
    "The White House declined to comment on the report, but an official said the talks would resume next week.\n\n"
    "Associated Press writers Elana Schor and Jennifer Peltz contributed to this report.\n\n"
    "The Associated Press contributed to this report.\n\n"
    "\xe2\x80\xa2 Cheryl Chumley can be reached at [email\xc2\xa0protected] or on Twitter, @ckchumley.\n\n"
    "He can be reached at jcurl@example.com and on Twitter @josephcurl.\n\n"
    "The senator can be reached by his staff only on weekdays, aides said.\n";
  GError *error = NULL;
  CgArticle *a = cg_reader_read_bytes (reader (), "credits.txt", text, strlen (text), FALSE, &error);
  g_assert_no_error (error);
  assert_offsets_kept (a);
  assert_blanked (a, "Ms. Dunlap didn\xe2\x80\x99t respond to a request for comment.");
  assert_blanked (a, "The company declined to comment.");
  assert_blanked (a, "Associated Press writers Elana Schor and Jennifer Peltz contributed to this report.");
  assert_blanked (a, "The Associated Press contributed to this report.");
  assert_blanked (a, "Cheryl Chumley can be reached at [email\xc2\xa0protected] or on Twitter, @ckchumley.");
  assert_blanked (a, "He can be reached at jcurl@example.com and on Twitter @josephcurl.");
  assert_kept (a, "The senator can be reached by his staff only on weekdays, aides said.");
  assert_kept (a, "Senators passed the spending bill on Friday");
  assert_kept (a, "The White House declined to comment on the report, but an official said the talks would resume next week.");
  cg_article_free (a);

  /* The Hill's related links glued to a name are blanked, the sentence
   * around them kept; a name like McConnell starts no such run */
  text = "Senate Majority Leader Mitch McConnell said on Friday that the vote would wait. "
         "President Trump Donald John TrumpGOP senators balk at lengthy impeachment trial "
         "Warren goes local in race to build 2020 movement MORE signed the bill on Monday.\n";
  a = cg_reader_read_bytes (reader (), "hill.txt", text, strlen (text), FALSE, &error);
  g_assert_no_error (error);
  assert_offsets_kept (a);
  assert_kept (a, "Senate Majority Leader Mitch McConnell said on Friday that the vote would wait. President Trump Donald John Trump");
  assert_blanked (a, "GOP senators balk at lengthy impeachment trial Warren goes local in race to build 2020 movement MORE");
  assert_kept (a, " signed the bill on Monday.");
  cg_article_free (a);
}

/* A credit line whose rule's literal ends it ("requires=reporting" of
 * "contributed reporting"): the line's search reads the literal's last
 * possible place, and past the text's end only the copy's padding
 * (AllSides, subset-p10 M4FE3N3qJsQfAHuN: its last paragraph and line). */
static void
test_credit_line_at_end (void)
{
  const char *text =
    "Chung Eui-yong, the South Korean national security adviser, said in his remarks on Thursday evening outside "
    "the White House that Kim had extended an olive branch of sorts to the U.S. leader.\n\n"
    "Nahal Toosi contributed reporting\n";
  GError *error = NULL;
  for (guint cut = 0; cut < 2; cut++)
    {
      /* with its line break, and ending the text */
      CgArticle *a = cg_reader_read_bytes (reader (), "toosi.txt", text, strlen (text) - cut, FALSE, &error);
      g_assert_no_error (error);
      assert_blanked (a, "Nahal Toosi contributed reporting");
      assert_kept (a, "Chung Eui-yong, the South Korean national security adviser");
      cg_article_free (a);
    }
}

/* The [line-regex] rules' requires= literals are found in one pass over a
 * line, the literals indexed by their first two bytes: "reprinted" shares
 * "re" with "reporting" and "reached at", which come before it in
 * boilerplate.rules, so a line holding it is tried only if a bucket's later
 * literals are compared too (AllSides, subset-p10 iJwQ3lHR1pAfzei4, its
 * last paragraphs; rxsRGabfESSdPEoz's credit line, "material" alone under
 * its two bytes). */
static void
test_line_literals (void)
{
  const char *text =
    "Should Trump win in November, Ebell, McKenna and Bernhardt will likely be leading similar efforts to "
    "reform their respective agencies.\n\n"
    "Ebell and McKenna directed questions about their roles to the Trump transition team. The Trump campaign "
    "and Bernhardt did not respond to requests for comment.\n\n"
    "This story also appears in E&E Daily.\n\n"
    "Reprinted from ClimateWire with permission from Environment & Energy Publishing, LLC. E&E provides daily "
    "coverage of essential energy and environmental news at www.eenews.net. Click here for the original story.\n\n"
    "Material from AFP was used in this story.\n";
  GError *error = NULL;
  CgArticle *a = cg_reader_read_bytes (reader (), "climatewire.txt", text, strlen (text), FALSE, &error);
  g_assert_no_error (error);
  assert_offsets_kept (a);
  assert_blanked (a, "Reprinted from ClimateWire with permission from Environment & Energy Publishing, LLC.");
  assert_blanked (a, "Material from AFP was used in this story.");
  assert_kept (a, "Should Trump win in November, Ebell, McKenna and Bernhardt will likely be leading");
  assert_kept (a, "The Trump campaign and Bernhardt did not respond to requests for comment.");
  cg_article_free (a);
}

/* A phrase's first bytes are compared as one word before its byte loop
 * (Phrase.head): a capital matches its letter there too ("ADVERTISEMENT",
 * "READ MORE:"), and a metadata cue's first byte is compared without
 * case before the cue ("By" of [byline-prefixes] "by").  AllSides,
 * subset-p10: KKOBtIHRoRUx4CjG, gv0t6D71EtN7ZHEw, GL4oG7kxlLgBNXl2. */
static void
test_phrase_heads (void)
{
  const char *text =
    "\xe2\x80\x9cI don\xe2\x80\x99t see Democrats going along with anything that funds the wall,\xe2\x80\x9d "
    "said one senior House Democratic aide.\n\n"
    "ADVERTISEMENT\n\n"
    "That\xe2\x80\x99s a huge problem, since Republicans will need Democratic votes to pass a bill to fund the "
    "government.\n\n"
    "READ MORE: Who will replace DeMint in the Senate?\n\n"
    "All eyes are now on Haley, as the South Carolina governor decides whom to name to fill DeMint's seat.\n";
  GError *error = NULL;
  CgArticle *a = cg_reader_read_bytes (reader (), "heads.txt", text, strlen (text), FALSE, &error);
  g_assert_no_error (error);
  assert_offsets_kept (a);
  assert_blanked (a, "ADVERTISEMENT");
  assert_blanked (a, "READ MORE: Who will replace DeMint in the Senate?");
  assert_kept (a, "said one senior House Democratic aide.");
  assert_kept (a, "a huge problem, since Republicans will need Democratic votes");
  assert_kept (a, "All eyes are now on Haley, as the South Carolina governor");
  cg_article_free (a);

  text = "Why climate change divides us\n\n"
         "By Amanda Paulson, Staff writer\n\n"
         "FORT COLLINS AND GREELEY, COLO. \xe2\x80\x94 Kellie Falbo is tackling climate change one step at a time. "
         "That means lowering carbon emissions by driving a biodiesel vehicle, keeping a vegetable garden, and "
         "composting with worms.\n";
  a = cg_reader_read_bytes (reader (), "byline.txt", text, strlen (text), FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a->author, ==, "Amanda Paulson");
  assert_blanked (a, "By Amanda Paulson, Staff writer");
  assert_kept (a, "Kellie Falbo is tackling climate change one step at a time.");
  cg_article_free (a);
}

/* ", requires-also=" ([line-regex]): a line is tried only when it holds
 * a literal of requires= and one of requires-also=.  The writer's bio line
 * at the top of a Politico column (AllSides, subset-p10 epkPD37FnPRaMYwb,
 * tests/data/reader-bio-politico.txt) holds "is" and "writer"; user rules
 * show a line without a requires-also= literal left untried. */
static void
test_requires_also (void)
{
  char *path = cg_test_data ("reader-bio-politico.txt");
  GError *error = NULL;
  CgArticle *a = cg_reader_read_file (reader (), path, &error);
  g_assert_no_error (error);
  g_free (path);
  assert_offsets_kept (a);
  assert_blanked (a, "Michael Grunwald is senior staff writer for Politico Magazine and editor-at-large of the Agenda.");
  assert_kept (a, "After five Republican debates, most Americans know about Donald Trump");
  cg_article_free (a);

  char *dir = cg_test_tmpdir ();
  char *user = g_build_filename (dir, "boilerplate.rules", NULL);
  const char *text = "Putin denied it, the Kremlin said.\n\nReporting by Jane Doe; editing by John Roe\n";
  const char *cases[][2] = { { "editing", "yes" }, { "EDITING", "yes" }, { "photos", "no" },
                             { "photos|john roe", "yes" } };
  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      char *rule = g_strdup_printf ("[line-regex]\n^reporting by [^\\n]*$ ; requires=jane, requires-also=%s\n",
                                    cases[k][0]);
      g_file_set_contents (user, rule, -1, &error);
      g_free (rule);
      CgRules *rules = cg_rules_load_dirs (cg_rules_default_dir (), dir, &error);
      CgReader *r = cg_reader_new (rules, &error);
      g_assert_no_error (error);
      a = cg_reader_read_bytes (r, "wire.txt", text, strlen (text), FALSE, &error);
      g_assert_no_error (error);
      if (strcmp (cases[k][1], "yes") == 0)
        assert_blanked (a, "Reporting by Jane Doe; editing by John Roe");
      else
        assert_kept (a, "Reporting by Jane Doe; editing by John Roe");
      assert_kept (a, "Putin denied it, the Kremlin said.");
      cg_article_free (a);
      cg_reader_free (r);
      cg_rules_free (rules);
    }

  /* only [line-regex] takes it; an empty literal is an error */
  const char *bad[][2] = {
    { "[regex]\nRELATED[^\\n]*? NOW ; requires=NOW, requires-also=RELATED\n",
      "boilerplate.rules:2: requires-also= is for [line-regex] only" },
    { "[line-regex]\n^reporting by [^\\n]*$ ; requires=jane, requires-also=editing||roe\n",
      "boilerplate.rules:2: an empty literal in requires-also=" },
  };
  for (guint k = 0; k < G_N_ELEMENTS (bad); k++)
    {
      g_file_set_contents (user, bad[k][0], -1, &error);
      CgRules *rules = cg_rules_load_dirs (cg_rules_default_dir (), dir, &error);
      g_assert_no_error (error);
      g_assert_null (cg_reader_new (rules, &error));
      g_assert_error (error, CG_ERROR, CG_ERROR_RULES);
      if (strstr (error->message, bad[k][1]) == NULL)
        g_error ("\"%s\" does not hold \"%s\"", error->message, bad[k][1]);
      g_clear_error (&error);
      cg_rules_free (rules);
    }
  g_free (user);
  cg_test_remove_tree (dir);
  g_free (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reader/seed-000", test_seed_000);
  g_test_add_func ("/reader/credit-lines", test_credit_lines);
  g_test_add_func ("/reader/furniture", test_furniture);
  g_test_add_func ("/reader/credit-line-at-end", test_credit_line_at_end);
  g_test_add_func ("/reader/line-literals", test_line_literals);
  g_test_add_func ("/reader/phrase-heads", test_phrase_heads);
  g_test_add_func ("/reader/requires-also", test_requires_also);
  g_test_add_func ("/reader/seed-001-markdown", test_seed_001_markdown);
  g_test_add_func ("/reader/seed-002", test_seed_002);
  g_test_add_func ("/reader/seed-003", test_seed_003);
  g_test_add_func ("/reader/seed-004", test_seed_004);
  g_test_add_func ("/reader/sha256", test_sha256);
  g_test_add_func ("/reader/bom-crlf", test_bom_crlf);
  g_test_add_func ("/reader/long-line", test_long_line);
  g_test_add_func ("/reader/byte-passes", test_byte_passes);
  g_test_add_func ("/reader/layouts", test_layouts);
  g_test_add_func ("/reader/bad-input", test_bad_input);
  g_test_add_func ("/reader/sidecar", test_sidecar);
  g_test_add_func ("/reader/meta-table-basil", test_meta_table_basil);
  g_test_add_func ("/reader/meta-table-csv", test_meta_table_csv);
  g_test_add_func ("/reader/meta-table-tsv-rows", test_meta_table_tsv_rows);
  g_test_add_func ("/reader/meta-table-ends", test_meta_table_ends);
  g_test_add_func ("/reader/author-lists", test_author_lists);
  g_test_add_func ("/reader/list-paths", test_list_paths);
  g_test_add_func ("/reader/list-paths-text-only", test_list_paths_text_only);
  g_test_add_func ("/reader/threads", test_threads);
  g_test_add_func ("/reader/rule-errors", test_rule_errors);
  int status = g_test_run ();
  cg_reader_free (reader ());
  return status;
}
