/* test-sha256.c: both SHA-256 implementations (portable, and the x86 SHA
 * extensions where the processor has them) against the FIPS 180-4 test
 * vectors and against GLib, on every length around the block and padding
 * boundaries, and on the seed articles the reader hashes. */
#include "cg-test.h"
#include "cg-sha256.h"

#include <string.h>

static char *
hex_of (const guint8 d[CG_SHA256_BYTES])
{
  GString *s = g_string_new (NULL);
  for (int i = 0; i < CG_SHA256_BYTES; i++)
    g_string_append_printf (s, "%02x", d[i]);
  return g_string_free (s, FALSE);
}

/* Check both implementations (the hardware one where there is one) and
 * cg_sha256_hex() on DATA against the digest WANT. */
static void
assert_digest (const void *data, gsize len, const char *want)
{
  guint8 d[CG_SHA256_BYTES];
  cg_sha256_portable (data, len, d);
  char *got = hex_of (d);
  g_assert_cmpstr (got, ==, want);
  g_free (got);
  if (cg_sha256_hardware (data, len, d))
    {
      got = hex_of (d);
      g_assert_cmpstr (got, ==, want);
      g_free (got);
    }
  got = cg_sha256_hex (data, len);
  g_assert_cmpstr (got, ==, want);
  g_free (got);
}

static void
test_vectors (void)
{
  assert_digest ("", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  assert_digest ("abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  assert_digest (two, strlen (two), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  const char *four = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrs"
                     "mnopqrstnopqrstu";
  assert_digest (four, strlen (four), "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
  char *million = g_malloc (1000000);
  memset (million, 'a', 1000000);
  assert_digest (million, 1000000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  g_free (million);
}

/* Every length from 0 to 300 bytes (the one- and two-block paddings, and
 * several whole blocks) and a few large ones, of bytes with every value,
 * against GLib. */
static void
test_against_glib (void)
{
  GRand *rand = g_rand_new_with_seed (180);
  gsize big = 3 * 1024 * 1024 + 17;
  guint8 *buf = g_malloc (big);
  for (gsize i = 0; i < big; i++)
    buf[i] = (guint8) g_rand_int_range (rand, 0, 256);
  for (gsize len = 0; len <= 300; len++)
    {
      char *want = g_compute_checksum_for_data (G_CHECKSUM_SHA256, buf + len, len);
      assert_digest (buf + len, len, want);  /* unaligned starts too */
      g_free (want);
    }
  const gsize lens[] = { 4095, 4096, 65536 + 55, 65536 + 56, big };
  for (guint i = 0; i < G_N_ELEMENTS (lens); i++)
    {
      char *want = g_compute_checksum_for_data (G_CHECKSUM_SHA256, buf, lens[i]);
      assert_digest (buf, lens[i], want);
      g_free (want);
    }
  g_free (buf);
  g_rand_free (rand);
  guint8 d[CG_SHA256_BYTES];
  if (!cg_sha256_hardware ("", 0, d))
    g_test_message ("no SHA extensions on this processor: the portable implementation only");
}

/* The reader keys every seed article by the digest GLib gives its bytes. */
static void
test_reader_digest (void)
{
  CgReader *reader = cg_reader_new (cg_test_rules (), NULL);
  g_assert_nonnull (reader);
  char *dir = cg_test_source ("examples/corpus");
  GPtrArray *paths = cg_reader_list_paths ((char *[]) { dir, NULL }, NULL);
  g_assert_cmpuint (paths->len, >=, 5);
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      char *data;
      gsize len;
      g_assert_true (g_file_get_contents (path, &data, &len, NULL));
      CgArticle *a = cg_reader_read_file (reader, path, NULL);
      g_assert_nonnull (a);
      char *want = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
      g_assert_cmpstr (a->sha256, ==, want);
      g_free (want);
      cg_article_free (a);
      g_free (data);
    }
  g_ptr_array_unref (paths);
  g_free (dir);
  cg_reader_free (reader);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sha256/vectors", test_vectors);
  g_test_add_func ("/sha256/against-glib", test_against_glib);
  g_test_add_func ("/sha256/reader", test_reader_digest);
  return g_test_run ();
}
