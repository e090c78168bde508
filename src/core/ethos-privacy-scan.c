/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-privacy-scan"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "ethos-privacy-birth-dates.h"
#include "ethos-privacy-detectors.h"
#include "ethos-privacy-scan.h"
#include "ethos-privacy-scanner.h"

/* Flags what could identify a client in a supervision note, so the editor can warn before it is
 * saved or shared. It only ever warns, so it leans towards flagging, but ordinary diary content
 * (session dates, hours, clause numbers, fees, membership numbers) must stay quiet or people learn
 * to ignore the warning.
 *
 * A hand-written scanner rather than GRegex: every pattern is ASCII, every match is tried only at
 * the start of a word and reads a bounded number of bytes, so a note of any size scans in one
 * linear pass, and bytes are read through length checks, so invalid UTF-8 and embedded nuls are
 * harmless.
 *
 * This file has the public API: the pass, which tries each detector where a match could start,
 * the clean-up of what they found, and the words for a warning. The detectors are in
 * ethos-privacy-detectors.c (NHS numbers, phone numbers, postcodes, email addresses) and
 * ethos-privacy-birth-dates.c; the cursor they share, and where words and numbers start and end,
 * in ethos-privacy-scanner.c. */

/* The scan --------------------------------------------------------------------------------- */

static int
compare_findings (gconstpointer a, gconstpointer b)
{
  const EthosFinding *x = a;
  const EthosFinding *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  return 0;
}

/* Sorts, keeps the earliest (then longest) of overlapping matches, so "9434765919@nhs.net" is
 * an email address, and fills in lines and character columns in one forward walk. Invalid bytes
 * count as one character each, as g_utf8_make_valid() would show them. */
static void
finish (EthosScanner *s)
{
  GArray *found = s->found;
  guint kept = 0;
  gsize last_end = 0;
  gsize p = 0;
  guint line = 1;
  guint column = 1;

  g_array_sort (found, compare_findings);
  for (guint k = 0; k < found->len; k++)
    {
      EthosFinding *f = &g_array_index (found, EthosFinding, k);

      if (kept > 0 && f->start < last_end)
        continue;
      last_end = f->end;
      g_array_index (found, EthosFinding, kept++) = *f;
    }
  g_array_set_size (found, kept);

  for (guint k = 0; k < found->len; k++)
    {
      EthosFinding *f = &g_array_index (found, EthosFinding, k);

      while (p < f->start)
        {
          guchar c = s->text[p];

          if (c == '\n')
            {
              line++;
              column = 1;
              p++;
              continue;
            }
          column++;
          if (c < 0x80)
            p++;
          else
            {
              gunichar u = g_utf8_get_char_validated (s->text + p, s->len - p);

              if (u == (gunichar) -1 || u == (gunichar) -2)
                p++;
              else
                p += g_unichar_to_utf8 (u, NULL);
            }
        }
      f->line = line;
      f->column = column;
    }
}

GArray *
ethos_privacy_scan (const char *text, gssize length)
{
  EthosScanner s = { 0 };

  s.found = g_array_new (FALSE, FALSE, sizeof (EthosFinding));
  if (text == NULL)
    return s.found;
  s.text = text;
  s.len = length < 0 ? strlen (text) : (gsize) length;

  for (gsize i = 0; i < s.len; i++)
    {
      guchar c = text[i];

      if (c == '\n')
        {
          s.line_start = s.last_date_end = i + 1;
          continue;
        }
      if (c == '@')
        ethos_scanner_try_email (&s, i);
      else if (g_ascii_isdigit (c) || c == '+' || c == '(')
        {
          if (!ethos_scanner_number_starts (&s, i))
            continue;
          ethos_scanner_try_phone (&s, i);
          if (c != '+' && c != '(')
            {
              ethos_scanner_try_nhs (&s, i);
              ethos_scanner_try_date (&s, i, TRUE);
            }
        }
      else if (g_ascii_isalpha (c) && !ethos_scanner_word_before (&s, i))
        {
          ethos_scanner_try_postcode (&s, i);
          ethos_scanner_try_date (&s, i, FALSE);
        }
    }

  finish (&s);
  return s.found;
}

const char *
ethos_finding_kind_to_string (EthosFindingKind kind)
{
  switch (kind)
    {
    case ETHOS_FINDING_NHS_NUMBER:
      return "nhs-number";
    case ETHOS_FINDING_POSTCODE:
      return "postcode";
    case ETHOS_FINDING_PHONE:
      return "phone";
    case ETHOS_FINDING_EMAIL:
      return "email";
    case ETHOS_FINDING_DATE_OF_BIRTH:
      return "date-of-birth";
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Describing findings ---------------------------------------------------------------------- */

static char *
describe_kind (EthosFindingKind kind, guint n)
{
  /* Small counts are words in running text ("two NHS numbers"), larger ones digits. */
  static const char * const words[] = {
    NULL, NULL,
    /* Translators: each number as it stands before a noun ("two postcodes"); the plural
     * forms of "%s postcode" and the others below follow it */
    N_("two"), N_("three"), N_("four"), N_("five"), N_("six"), N_("seven"), N_("eight"),
    N_("nine"),
  };
  g_autofree char *count = NULL;
  const char *format = NULL;

  if (n == 1)
    {
      switch (kind)
        {
        case ETHOS_FINDING_NHS_NUMBER:
          return g_strdup (_("an NHS number"));
        case ETHOS_FINDING_POSTCODE:
          return g_strdup (_("a postcode"));
        case ETHOS_FINDING_PHONE:
          return g_strdup (_("a phone number"));
        case ETHOS_FINDING_EMAIL:
          return g_strdup (_("an email address"));
        case ETHOS_FINDING_DATE_OF_BIRTH:
          return g_strdup (_("a date of birth"));
        default:
          g_return_val_if_reached (NULL);
        }
    }

  count = n < G_N_ELEMENTS (words) ? g_strdup (_(words[n])) : g_strdup_printf ("%u", n);
  switch (kind)
    {
    case ETHOS_FINDING_NHS_NUMBER:
      /* Translators: %s is a count, in words for two to nine ("two") and digits above; the
       * same for the other kinds below */
      format = g_dngettext (GETTEXT_PACKAGE, "%s NHS number", "%s NHS numbers", n);
      break;
    case ETHOS_FINDING_POSTCODE:
      format = g_dngettext (GETTEXT_PACKAGE, "%s postcode", "%s postcodes", n);
      break;
    case ETHOS_FINDING_PHONE:
      format = g_dngettext (GETTEXT_PACKAGE, "%s phone number", "%s phone numbers", n);
      break;
    case ETHOS_FINDING_EMAIL:
      format = g_dngettext (GETTEXT_PACKAGE, "%s email address", "%s email addresses", n);
      break;
    case ETHOS_FINDING_DATE_OF_BIRTH:
      format = g_dngettext (GETTEXT_PACKAGE, "%s date of birth", "%s dates of birth", n);
      break;
    default:
      g_return_val_if_reached (NULL);
    }
  return g_strdup_printf (format, count);
}

/* "a postcode and a phone number", "two NHS numbers": for a warning such as "This note has ...".
 * Kinds come in the order they first appear in the note, so the words follow the text. */
char *
ethos_privacy_describe (GArray *findings)
{
  EthosFindingKind order[ETHOS_FINDING_DATE_OF_BIRTH + 1];
  guint counts[ETHOS_FINDING_DATE_OF_BIRTH + 1] = { 0 };
  guint n_kinds = 0;
  char *result;

  if (findings == NULL || findings->len == 0)
    return NULL;

  for (guint k = 0; k < findings->len; k++)
    {
      EthosFindingKind kind = g_array_index (findings, EthosFinding, k).kind;

      g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (counts), NULL);
      if (counts[kind]++ == 0)
        order[n_kinds++] = kind;
    }

  result = describe_kind (order[n_kinds - 1], counts[order[n_kinds - 1]]);
  for (guint k = n_kinds - 1; k-- > 0;)
    {
      g_autofree char *part = describe_kind (order[k], counts[order[k]]);
      g_autofree char *rest = result;

      if (k == n_kinds - 2)
        /* Translators: the last two items of a list: "a postcode and a phone number" */
        result = g_strdup_printf (C_("list", "%s and %s"), part, rest);
      else
        /* Translators: an earlier item of a list and the rest: "an email address, a postcode
         * and a date of birth"; UK English has no comma before "and" */
        result = g_strdup_printf (C_("list", "%s, %s"), part, rest);
    }
  return result;
}

/* The warning for @findings, said where they are (the window, beside the note; the CLI); NULL
 * when there are none. Calm: Ethos never refuses to keep a note for it. */
char *
ethos_privacy_warning (GArray *findings)
{
  g_autofree char *described = ethos_privacy_describe (findings);

  if (described == NULL)
    return NULL;
  return g_strdup_printf (_("This may identify a client: %s. Ethos saves it all the same; "
                            "consider leaving it out."),
                          described);
}

/* Why it matters, for whoever asks. */
const char *
ethos_privacy_why (void)
{
  return _("Your supervision and CPD records may be read by an auditor or your professional "
           "body, and are kept in every backup. A postcode, a phone number or a date of birth "
           "can identify a client even without their name, so the codes ask that records about "
           "clients leave out what could identify them.");
}
