/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-recovery-key"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-recovery-key.h"

/* The recovery key: the diary's data key itself, for a person to write down and type again on a
 * new machine (HACKING.md, "Encryption at rest: keys"). 32 bytes and a 3-byte check (the first
 * bytes of the key's SHA-256) are 280 bits: 56 characters of Crockford's base32, which has no
 * I, L, O or U, so a 1 read as an I or a 0 read as an O is read back right, and any case does.
 * Shown as 14 groups of four joined by dashes. */

#define CHECK_SIZE 3
#define CODED_SIZE (ETHOS_DIARY_KEY_SIZE + CHECK_SIZE)
#define CHARS ((CODED_SIZE * 8) / 5)
#define GROUP 4

static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

G_DEFINE_QUARK (ethos-recovery-key-error-quark, ethos_recovery_key_error)

static void
check_of (const guint8 *key, guint8 *check)
{
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8 digest[32];
  gsize length = sizeof digest;

  g_checksum_update (sum, key, ETHOS_DIARY_KEY_SIZE);
  g_checksum_get_digest (sum, digest, &length);
  memcpy (check, digest, CHECK_SIZE);
  explicit_bzero (digest, sizeof digest);
}

char *
ethos_recovery_key_format (const guint8 *key)
{
  guint8 coded[CODED_SIZE];
  GString *text = g_string_sized_new (CHARS + CHARS / GROUP);
  guint bits = 0, value = 0, written = 0;

  memcpy (coded, key, ETHOS_DIARY_KEY_SIZE);
  check_of (key, coded + ETHOS_DIARY_KEY_SIZE);
  for (guint i = 0; i < CODED_SIZE; i++)
    {
      value = (value << 8) | coded[i];
      bits += 8;
      while (bits >= 5)
        {
          if (written > 0 && written % GROUP == 0)
            g_string_append_c (text, '-');
          g_string_append_c (text, alphabet[(value >> (bits - 5)) & 31]);
          bits -= 5;
          written++;
        }
    }
  explicit_bzero (coded, sizeof coded);
  value = 0;
  return g_string_free (text, FALSE);
}

static int
digit_of (char c)
{
  c = g_ascii_toupper (c);
  if (c == 'O')
    c = '0';
  else if (c == 'I' || c == 'L')
    c = '1';
  for (int i = 0; i < 32; i++)
    if (alphabet[i] == c)
      return i;
  return -1;
}

/* Reads a recovery key as a person typed it: any case, with or without the dashes, spaces or
 * line breaks between groups. A wrong character or a failed check is a message, @key untouched. */
gboolean
ethos_recovery_key_parse (const char *text, guint8 *key, GError **error)
{
  guint8 coded[CODED_SIZE];
  guint8 check[CHECK_SIZE];
  guint bits = 0, value = 0, n = 0, chars = 0;
  gboolean ok;

  g_return_val_if_fail (text != NULL, FALSE);

  for (const char *p = text; *p != '\0'; p++)
    {
      int digit;

      if (*p == '-' || g_ascii_isspace (*p))
        continue;
      if ((digit = digit_of (*p)) < 0)
        {
          g_set_error (error, ETHOS_RECOVERY_KEY_ERROR, ETHOS_RECOVERY_KEY_ERROR_INVALID,
                       _("A recovery key has only letters and digits; “%c” is not one of them"),
                       *p);
          return FALSE;
        }
      if (++chars > CHARS)
        break;
      value = (value << 5) | (guint) digit;
      bits += 5;
      if (bits >= 8)
        {
          coded[n++] = (value >> (bits - 8)) & 0xff;
          bits -= 8;
        }
    }
  if (chars != CHARS)
    {
      g_set_error (error, ETHOS_RECOVERY_KEY_ERROR, ETHOS_RECOVERY_KEY_ERROR_INVALID,
                   _("A recovery key has %d letters and digits; this has %u"), CHARS, chars);
      return FALSE;
    }
  check_of (coded, check);
  ok = memcmp (check, coded + ETHOS_DIARY_KEY_SIZE, CHECK_SIZE) == 0;
  if (ok)
    memcpy (key, coded, ETHOS_DIARY_KEY_SIZE);
  else
    g_set_error (error, ETHOS_RECOVERY_KEY_ERROR, ETHOS_RECOVERY_KEY_ERROR_INVALID,
                 _("This recovery key has a mistake in it: check each group against the one "
                   "written down"));
  explicit_bzero (coded, sizeof coded);
  value = 0;
  return ok;
}

/* The key as 64 lowercase hex digits (how the keyring keeps it). */
char *
ethos_diary_key_to_hex (const guint8 *key)
{
  char *hex = g_malloc (ETHOS_DIARY_KEY_SIZE * 2 + 1);

  for (guint i = 0; i < ETHOS_DIARY_KEY_SIZE; i++)
    g_snprintf (hex + 2 * i, 3, "%02x", key[i]);
  return hex;
}

gboolean
ethos_diary_key_from_hex (const char *hex, guint8 *key)
{
  if (hex == NULL || strlen (hex) != ETHOS_DIARY_KEY_SIZE * 2)
    return FALSE;
  for (guint i = 0; i < ETHOS_DIARY_KEY_SIZE * 2; i++)
    if (!g_ascii_isxdigit (hex[i]))
      return FALSE;
  for (guint i = 0; i < ETHOS_DIARY_KEY_SIZE; i++)
    key[i] = (guint8) (g_ascii_xdigit_value (hex[2 * i]) << 4 | g_ascii_xdigit_value (hex[2 * i + 1]));
  return TRUE;
}

/* The names `encryption status --json` gives (a contract for scripts: never translated). */
const char *
ethos_key_source_to_string (EthosKeySource source)
{
  switch (source)
    {
    case ETHOS_KEY_SOURCE_KEYRING:
      return "keyring";
    case ETHOS_KEY_SOURCE_PASSPHRASE:
      return "passphrase";
    case ETHOS_KEY_SOURCE_NONE:
    default:
      return "none";
    }
}

/* The state in a sentence, for the command line and the window. */
const char *
ethos_encryption_summary (gboolean encrypted, EthosKeySource source)
{
  if (!encrypted)
    return _("The diary is not encrypted: anyone who has the disk can read it.");
  switch (source)
    {
    case ETHOS_KEY_SOURCE_KEYRING:
      return _("The diary is encrypted; its key is kept in your keyring, which opens when you "
               "log in.");
    case ETHOS_KEY_SOURCE_PASSPHRASE:
      return _("The diary is encrypted; it opens with your passphrase.");
    case ETHOS_KEY_SOURCE_NONE:
    default:
      return _("The diary is encrypted, and its key is not on this computer: it opens only with "
               "its recovery key.");
    }
}

/* Said with the recovery key, the one time it is shown. */
const char *
ethos_recovery_key_advice (void)
{
  return _("This is the diary's recovery key. It opens the diary and every backup of it on any "
           "computer. Write it down or print it and keep it somewhere safe: it is shown only "
           "this once, and losing both it and your keyring or passphrase means losing the "
           "diary.");
}

/* What encryption does, in two sentences, for the welcome and Preferences → Privacy. */
const char *
ethos_encryption_explanation (void)
{
  return _("Encryption keeps your diary and its backups unreadable to anyone who has the disk "
           "without the key: a lost laptop, a lost drive, a synced folder. The key is kept in "
           "your keyring or behind a passphrase, and a recovery key, shown once, opens the diary "
           "on any computer.");
}
