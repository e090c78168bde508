/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-privacy-scan"

#include "config.h"

#include <glib.h>
#include <string.h>

#include "ethos-privacy-scan.h"

/* What the editor would warn about in a note: each kind a practitioner might type, written the
 * ways people write them, and the ordinary diary content that must never set off a warning. */

/* The findings in @text as "kind[matched text]" joined by "; ", so a test reads like the note. */
static char *
scan_summary (const char *text)
{
  g_autoptr (GArray) findings = ethos_privacy_scan (text, -1);
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      EthosFinding *f = &g_array_index (findings, EthosFinding, i);

      g_assert_cmpuint (f->start, <, f->end);
      g_assert_cmpuint (f->end, <=, strlen (text));
      if (i > 0)
        {
          g_assert_cmpuint (g_array_index (findings, EthosFinding, i - 1).end, <=, f->start);
          g_string_append (out, "; ");
        }
      g_string_append_printf (out, "%s[%.*s]", ethos_finding_kind_to_string (f->kind),
                              (int) (f->end - f->start), text + f->start);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_scan (const char *text, const char *expected)
{
  g_autofree char *summary = scan_summary (text);

  if (g_strcmp0 (summary, expected) != 0)
    g_test_message ("scanning “%s”", text);
  g_assert_cmpstr (summary, ==, expected);
}

static void
assert_nothing (const char *text)
{
  assert_scan (text, "");
}

static void
test_nhs_valid (void)
{
  assert_scan ("943 476 5919", "nhs-number[943 476 5919]");
  assert_scan ("NHS no: 943-476-5919.", "nhs-number[943-476-5919]");
  assert_scan ("nhs 9434765919, seen today", "nhs-number[9434765919]");
  assert_scan ("(398 259 7919)", "nhs-number[398 259 7919]");
  assert_scan ("“4010232137”", "nhs-number[4010232137]");
  /* a remainder of 0 gives check digit 0 */
  assert_scan ("Her number is 907 483 3780", "nhs-number[907 483 3780]");
  /* a space and more digits after still leave the number whole and readable */
  assert_scan ("943 476 5919 10 minutes late", "nhs-number[943 476 5919]");
}

static void
test_nhs_check_digit (void)
{
  /* the same digits with every wrong check digit */
  for (char c = '0'; c <= '9'; c++)
    {
      g_autofree char *joined = g_strdup_printf ("943476591%c", c);
      g_autofree char *spaced = g_strdup_printf ("943 476 591%c", c);
      g_autofree char *hyphens = g_strdup_printf ("943-476-591%c", c);
      const char *expected = c == '9' ? "nhs-number" : NULL;
      g_autoptr (GArray) a = ethos_privacy_scan (joined, -1);
      g_autoptr (GArray) b = ethos_privacy_scan (spaced, -1);
      g_autoptr (GArray) h = ethos_privacy_scan (hyphens, -1);

      g_assert_cmpuint (a->len, ==, expected != NULL);
      g_assert_cmpuint (b->len, ==, expected != NULL);
      g_assert_cmpuint (h->len, ==, expected != NULL);
    }
  /* 123456789 gives a remainder of 10: no check digit makes it an NHS number */
  assert_nothing ("Referral 1234567890");
  assert_nothing ("Referral 123 456 7890");
}

static void
test_nhs_boundaries (void)
{
  assert_nothing ("19434765919");
  assert_nothing ("94347659190");
  assert_nothing ("ref 12-943-476-5919");
  assert_nothing ("invoice 9434765919.5");
  assert_nothing ("A9434765919");
  assert_nothing ("9434765919x");
  assert_nothing ("Siân9434765919");
  /* mixed separators are not how NHS numbers are written */
  assert_nothing ("943 476-5919");
  assert_nothing ("943  476  5919");
}

static void
test_postcode_valid (void)
{
  assert_scan ("M1 1AE", "postcode[M1 1AE]");
  assert_scan ("Lives near B33 8TH now", "postcode[B33 8TH]");
  assert_scan ("CR2 6XH", "postcode[CR2 6XH]");
  assert_scan ("DN55 1PT", "postcode[DN55 1PT]");
  assert_scan ("W1A 0AX", "postcode[W1A 0AX]");
  assert_scan ("SW1A 1AA.", "postcode[SW1A 1AA]");
  assert_scan ("EC1A 1BB", "postcode[EC1A 1BB]");
  assert_scan ("m1 1ae", "postcode[m1 1ae]");
  assert_scan ("sw1a 1aa", "postcode[sw1a 1aa]");
  assert_scan ("EC1A1BB", "postcode[EC1A1BB]");
  assert_scan ("GIR 0AA", "postcode[GIR 0AA]");
  assert_scan ("(CF10 1AA)", "postcode[CF10 1AA]");
  assert_scan ("Caerdydd, CF10 3NQ — ", "postcode[CF10 3NQ]");
}

static void
test_postcode_not_words (void)
{
  assert_nothing ("ABC");
  assert_nothing ("9.6");
  assert_nothing ("COSRT 107");
  assert_nothing ("cosrt 107.m");
  assert_nothing ("B12");
  assert_nothing ("B12 vitamin");
  assert_nothing ("MP3 player, A4 paper, CV 2024");
  assert_nothing ("Room b2 4th floor, flat a1 2nd");
  assert_nothing ("took 5mg, 10ml");
  /* letters the Royal Mail never uses there */
  assert_nothing ("Q1 1AA");
  assert_nothing ("M1 1CI");
  /* glued to a word on either side */
  assert_nothing ("XM1 1AE");
  assert_nothing ("M1 1AEX");
  assert_nothing ("ŵM1 1AE");
}

static void
test_phone_valid (void)
{
  assert_scan ("07700 900123", "phone[07700 900123]");
  assert_scan ("07700900123", "phone[07700900123]");
  assert_scan ("call 020 7946 0958 after 6", "phone[020 7946 0958]");
  assert_scan ("(0161) 496 0000", "phone[(0161) 496 0000]");
  assert_scan ("0161-496-0000", "phone[0161-496-0000]");
  assert_scan ("0300 123 4567", "phone[0300 123 4567]");
  assert_scan ("0808 157 0192", "phone[0808 157 0192]");
  assert_scan ("+44 7700 900123", "phone[+44 7700 900123]");
  assert_scan ("+447700900123", "phone[+447700900123]");
  assert_scan ("+44 (0)20 7946 0958", "phone[+44 (0)20 7946 0958]");
  assert_scan ("📞07700 900123", "phone[07700 900123]");
}

static void
test_phone_not_numbers (void)
{
  /* an NHS number is ten digits, a UK phone number eleven */
  assert_scan ("943 476 5919", "nhs-number[943 476 5919]");
  assert_nothing ("0770090012");
  assert_nothing ("077009001234");
  assert_nothing ("ref 0161-496-0000-12");
  assert_nothing ("order 1770 0900 123");
  assert_nothing ("09700 900123");
  assert_nothing ("05700 900123");
  assert_nothing ("+33 1 23 45 67 89");
  assert_nothing ("0 7 7 0 0 9 0 0 1 2 3");
  assert_nothing ("X07700900123");
}

static void
test_email (void)
{
  assert_scan ("jo.bloggs@example.com", "email[jo.bloggs@example.com]");
  assert_scan ("Email: “first+note@mail.example.co.uk”.", "email[first+note@mail.example.co.uk]");
  assert_scan ("<sian_ap-rhys@example.org>", "email[sian_ap-rhys@example.org]");
  assert_scan ("Siân@enghraifft.cymru", "email[Siân@enghraifft.cymru]");
  /* an email address holding an NHS number is one finding */
  assert_scan ("9434765919@nhs.net", "email[9434765919@nhs.net]");
  assert_nothing ("@handle");
  assert_nothing ("user@localhost");
  assert_nothing ("a @ b . com");
  assert_nothing ("me@example.c");
}

static void
test_dob_cues (void)
{
  assert_scan ("DOB 12/03/1987", "date-of-birth[12/03/1987]");
  assert_scan ("dob: 12.03.87", "date-of-birth[12.03.87]");
  assert_scan ("D.O.B. 1987-03-12", "date-of-birth[1987-03-12]");
  assert_scan ("Date of birth: 12 March 1987", "date-of-birth[12 March 1987]");
  assert_scan ("She was born on March 12, 1987 in Leeds", "date-of-birth[March 12, 1987]");
  assert_scan ("Birthday 12th March 1987", "date-of-birth[12th March 1987]");
  assert_scan ("Client A (b. 3/4/1990)", "date-of-birth[3/4/1990]");
  assert_scan ("born 1st of Sept. 2001", "date-of-birth[1st of Sept. 2001]");
  assert_scan ("DoB 12-Mar-87", "date-of-birth[12-Mar-87]");
  assert_scan ("BORN:\t5 Jan 1979", "date-of-birth[5 Jan 1979]");
  /* the cue may be long ago in characters if it ends near the date */
  assert_scan ("Date of birth (as on the referral form): 12/03/1987",
               "date-of-birth[12/03/1987]");
  assert_scan ("12/03/2026: new client, born 04/07/1991 — “Siân”",
               "date-of-birth[04/07/1991]");
}

static void
test_dob_no_cue (void)
{
  assert_nothing ("Supervision on 12/03/2026");
  assert_nothing ("2026-11-23");
  assert_nothing ("12 March 1987");
  assert_nothing ("March 12, 1987");
  /* a cue belongs to the first date after it */
  assert_scan ("DOB 12/03/1987, seen 14/03/2026", "date-of-birth[12/03/1987]");
  /* on another line, or too far back */
  assert_nothing ("Date of birth withheld.\nSession 12/03/2026");
  assert_nothing ("Born and raised elsewhere; we first spoke about it at length on 12/03/2026");
  assert_nothing ("12/03/2026");
  assert_nothing ("born, and then in the difficult week of 12/03/2026");
  /* "b." as an initial, not right before the date */
  assert_nothing ("Mr B. came on 12/03/2026");
  /* words that contain a cue */
  assert_nothing ("Dobson session 12/03/2026");
  assert_nothing ("Stubborn week, 12/03/2026");
  /* not dates at all */
  assert_nothing ("DOB 13/13/1987");
  assert_nothing ("born 14:30");
  assert_nothing ("born in 2019");
}

static void
test_diary_clean (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "privacy",
                                                 "clean-note.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  assert_nothing (text);

  assert_nothing ("90 minutes; 6 client hours; 1.5 hours");
  assert_nothing ("£60 at 14:30 in 2019");
  assert_nothing ("BACP 123456 and UKCP 2019/0123");
  assert_nothing ("atrium-practice 9.6, COSRT 107, cosrt 107.m");
}

static void
test_diary_mixed (void)
{
  /* "Siân" and the curly quotes make character columns differ from byte columns */
  const char *text = "Supervision 12/03/2026 re Siân.\r\n"
                     "“Siân” DOB 04/07/1991, lives at CF10 1AA —\n"
                     "mob 07700 900123 or sian@example.com; NHS 943 476 5919";
  g_autoptr (GArray) findings = ethos_privacy_scan (text, -1);
  const struct
  {
    EthosFindingKind kind;
    const char      *match;
    guint            line, column;
  } expected[] = {
    { ETHOS_FINDING_DATE_OF_BIRTH, "04/07/1991", 2, 12 },
    { ETHOS_FINDING_POSTCODE, "CF10 1AA", 2, 33 },
    { ETHOS_FINDING_PHONE, "07700 900123", 3, 5 },
    { ETHOS_FINDING_EMAIL, "sian@example.com", 3, 21 },
    { ETHOS_FINDING_NHS_NUMBER, "943 476 5919", 3, 43 },
  };
  g_autofree char *description = NULL;

  g_assert_cmpuint (findings->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < findings->len; i++)
    {
      EthosFinding *f = &g_array_index (findings, EthosFinding, i);
      g_autofree char *match = g_strndup (text + f->start, f->end - f->start);

      g_assert_cmpstr (ethos_finding_kind_to_string (f->kind), ==,
                       ethos_finding_kind_to_string (expected[i].kind));
      g_assert_cmpstr (match, ==, expected[i].match);
      g_assert_cmpuint (f->line, ==, expected[i].line);
      g_assert_cmpuint (f->column, ==, expected[i].column);
    }
  /* on line 2 the date is 16 bytes in, but only 11 characters */
  g_assert_cmpuint (g_array_index (findings, EthosFinding, 0).start, ==,
                    strlen ("Supervision 12/03/2026 re Siân.\r\n") + 16);

  description = ethos_privacy_describe (findings);
  g_assert_cmpstr (description, ==,
                   "a date of birth, a postcode, a phone number, an email address and an NHS "
                   "number");
}

static char *
describe_text (const char *text)
{
  g_autoptr (GArray) findings = ethos_privacy_scan (text, -1);

  return ethos_privacy_describe (findings);
}

static void
test_describe (void)
{
  g_autoptr (GArray) empty = g_array_new (FALSE, FALSE, sizeof (EthosFinding));
  g_autofree char *one = describe_text ("943 476 5919");
  g_autofree char *two = describe_text ("M1 1AE, 07700 900123");
  g_autofree char *three = describe_text ("jo@example.com\nM1 1AE\nDOB 12/03/1987");
  g_autofree char *nhs_twice = describe_text ("943 476 5919 and 398 259 7919");
  g_autofree char *counts = describe_text ("943 476 5919, 398 259 7919, M1 1AE, B33 8TH, "
                                           "CR2 6XH, a@example.com");
  g_autoptr (GString) many = g_string_new (NULL);
  g_autofree char *twelve = NULL;

  g_assert_null (ethos_privacy_describe (empty));
  g_assert_null (ethos_privacy_describe (NULL));
  g_assert_cmpstr (one, ==, "an NHS number");
  g_assert_cmpstr (two, ==, "a postcode and a phone number");
  g_assert_cmpstr (three, ==, "an email address, a postcode and a date of birth");
  g_assert_cmpstr (nhs_twice, ==, "two NHS numbers");
  g_assert_cmpstr (counts, ==, "two NHS numbers, three postcodes and an email address");

  for (guint i = 0; i < 12; i++)
    g_string_append (many, "DOB 1/1/1990\n");
  twelve = describe_text (many->str);
  g_assert_cmpstr (twelve, ==, "12 dates of birth");

  g_assert_cmpstr (ethos_finding_kind_to_string (ETHOS_FINDING_NHS_NUMBER), ==, "nhs-number");
  g_assert_cmpstr (ethos_finding_kind_to_string (ETHOS_FINDING_POSTCODE), ==, "postcode");
  g_assert_cmpstr (ethos_finding_kind_to_string (ETHOS_FINDING_PHONE), ==, "phone");
  g_assert_cmpstr (ethos_finding_kind_to_string (ETHOS_FINDING_EMAIL), ==, "email");
  g_assert_cmpstr (ethos_finding_kind_to_string (ETHOS_FINDING_DATE_OF_BIRTH), ==,
                   "date-of-birth");
}

static void
test_robust_empty (void)
{
  g_autoptr (GArray) null_text = ethos_privacy_scan (NULL, -1);
  g_autoptr (GArray) null_sized = ethos_privacy_scan (NULL, 10);
  g_autoptr (GArray) empty = ethos_privacy_scan ("", -1);
  g_autoptr (GArray) zero = ethos_privacy_scan ("943 476 5919", 0);

  g_assert_nonnull (null_text);
  g_assert_cmpuint (null_text->len, ==, 0);
  g_assert_cmpuint (null_sized->len, ==, 0);
  g_assert_cmpuint (empty->len, ==, 0);
  g_assert_cmpuint (zero->len, ==, 0);
}

static void
test_robust_length (void)
{
  /* an exact-size copy with no nul: anything read past the end shows up under valgrind/ASan */
  const char *source = "DOB 12/03/1987 943 476 5919 jo@example.com M1 1AE 07700 900123";
  gsize len = strlen (source);
  g_autofree char *exact = g_memdup2 (source, len);

  for (gsize cut = 0; cut <= len; cut++)
    {
      g_autoptr (GArray) findings = ethos_privacy_scan (exact, cut);

      for (guint i = 0; i < findings->len; i++)
        g_assert_cmpuint (g_array_index (findings, EthosFinding, i).end, <=, cut);
    }

  /* a number cut short by @length is no longer a number */
  {
    g_autoptr (GArray) cut = ethos_privacy_scan ("943 476 59190000", 12);
    g_autoptr (GArray) nul = ethos_privacy_scan ("M1 1AE\0 943 476 5919", 20);

    g_assert_cmpuint (cut->len, ==, 1);
    g_assert_cmpuint (nul->len, ==, 2);
  }
}

static void
test_robust_invalid_utf8 (void)
{
  const char bytes[] = "\xff\xfe 943 476 5919 \xc3\x28 M1 1AE \xe2\x82 \x80\x80\x80"
                       "07700 900123\xf0\x9f\x99 x@example.com\xed\xa0\x80";
  g_autoptr (GArray) findings = ethos_privacy_scan (bytes, sizeof bytes - 1);
  GRand *rand = g_rand_new_with_seed (42);

  g_assert_cmpuint (findings->len, ==, 4);
  g_assert_cmpuint (g_array_index (findings, EthosFinding, 0).kind, ==, ETHOS_FINDING_NHS_NUMBER);
  /* each invalid byte counts as one character, as g_utf8_make_valid() would show it */
  g_assert_cmpuint (g_array_index (findings, EthosFinding, 0).column, ==, 4);

  /* random bytes, heavy on the characters the scanner cares about */
  for (guint round = 0; round < 200; round++)
    {
      static const char alphabet[] = "0123456789 -./()+@ABMabm\n\r\xc3\xa2\xe2\x80\x9c\xff";
      char buffer[512];
      g_autoptr (GArray) noise = NULL;

      for (gsize i = 0; i < sizeof buffer; i++)
        buffer[i] = alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];
      noise = ethos_privacy_scan (buffer, sizeof buffer);
      for (guint i = 0; i < noise->len; i++)
        g_assert_cmpuint (g_array_index (noise, EthosFinding, i).end, <=, sizeof buffer);
    }
  g_rand_free (rand);
}

static void
test_robust_large (void)
{
  static const char * const chunks[] = {
    "0123456789abcdefghij", "1 2 3 4 5 6 7 8 9 0 ", "11 11 11 11 11 11 ", "a@a@a.a@", "DOB ",
    "1/1/", "M1 1AE", "943 476 5919 ", "aaaaaaaaaaaa.", "@@@@", "(0(0(0 +44 +44",
  };

  for (guint k = 0; k < G_N_ELEMENTS (chunks); k++)
    {
      g_autoptr (GString) big = g_string_sized_new (1024 * 1024 + 64);
      g_autoptr (GArray) findings = NULL;

      while (big->len < 1024 * 1024)
        g_string_append (big, chunks[k]);
      findings = ethos_privacy_scan (big->str, big->len);
      g_assert_nonnull (findings);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/privacy-scan/nhs/valid", test_nhs_valid);
  g_test_add_func ("/privacy-scan/nhs/check-digit", test_nhs_check_digit);
  g_test_add_func ("/privacy-scan/nhs/boundaries", test_nhs_boundaries);
  g_test_add_func ("/privacy-scan/postcode/valid", test_postcode_valid);
  g_test_add_func ("/privacy-scan/postcode/not-words", test_postcode_not_words);
  g_test_add_func ("/privacy-scan/phone/valid", test_phone_valid);
  g_test_add_func ("/privacy-scan/phone/not-numbers", test_phone_not_numbers);
  g_test_add_func ("/privacy-scan/email", test_email);
  g_test_add_func ("/privacy-scan/dob/cues", test_dob_cues);
  g_test_add_func ("/privacy-scan/dob/no-cue", test_dob_no_cue);
  g_test_add_func ("/privacy-scan/diary/clean", test_diary_clean);
  g_test_add_func ("/privacy-scan/diary/mixed", test_diary_mixed);
  g_test_add_func ("/privacy-scan/describe", test_describe);
  g_test_add_func ("/privacy-scan/robust/null-and-empty", test_robust_empty);
  g_test_add_func ("/privacy-scan/robust/length", test_robust_length);
  g_test_add_func ("/privacy-scan/robust/invalid-utf8", test_robust_invalid_utf8);
  g_test_add_func ("/privacy-scan/robust/large", test_robust_large);

  return g_test_run ();
}
