/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-i18n"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ethos-date.h"
#include "ethos-event-deadlines.h"
#include "ethos-i18n.h"
#include "ethos-reminder.h"
#include "ethos-theme-map.h"

/* Ethos in the user's language: dates in their locale's words (UK style by default), messages
 * from the compiled Welsh catalogue, each count in the right one of Welsh's six plural forms,
 * and the data files' display strings translated as they are read. LOCPATH holds the Welsh and
 * UK English locales (make-locales.sh) and ETHOS_LOCALEDIR the build's catalogues. */

static void
use_locale (const char *name)
{
  if (setlocale (LC_ALL, name) == NULL)
    g_error ("The %s locale is not there (LOCPATH=%s): make-locales.sh makes it", name,
             g_getenv ("LOCPATH"));
}

static GDate *
day (guint d, GDateMonth m, guint y)
{
  return g_date_new_dmy ((GDateDay) d, m, (GDateYear) y);
}

static void
assert_date (const GDate *date, EthosDateStyle style, const char *expected)
{
  g_autofree char *text = ethos_date_format (date, style);

  g_assert_cmpstr (text, ==, expected);
}

/* UK style by default: the day without a leading zero, the month's name, the year. */
static void
test_dates_default (void)
{
  g_autoptr (GDate) date = day (22, G_DATE_NOVEMBER, 2026);
  g_autoptr (GDate) early = day (3, G_DATE_MARCH, 2027);
  g_autofree char *from_iso = NULL;
  g_autofree char *month = NULL;
  g_autofree char *not_a_date = NULL;
  g_autofree char *none = NULL;

  for (guint i = 0; i < 2; i++)
    {
      use_locale (i == 0 ? "C.UTF-8" : "en_GB.UTF-8");
      assert_date (date, ETHOS_DATE_LONG, "22 November 2026");
      assert_date (early, ETHOS_DATE_LONG, "3 March 2027");
      assert_date (date, ETHOS_DATE_SHORT, "22 Nov 2026");
      assert_date (date, ETHOS_DATE_MONTH, "November 2026");
      assert_date (date, ETHOS_DATE_DAY, "22 November");
    }

  from_iso = ethos_date_format_iso ("2026-11-22", ETHOS_DATE_LONG);
  g_assert_cmpstr (from_iso, ==, "22 November 2026");
  month = ethos_date_format_iso ("2026-11", ETHOS_DATE_MONTH);
  g_assert_cmpstr (month, ==, "November 2026");
  /* What is not a date is shown as it is stored, never hidden. */
  not_a_date = ethos_date_format_iso ("2026-02-30", ETHOS_DATE_LONG);
  g_assert_cmpstr (not_a_date, ==, "2026-02-30");
  none = ethos_date_format_iso (NULL, ETHOS_DATE_LONG);
  g_assert_cmpstr (none, ==, "");
}

static void
test_dates_welsh (void)
{
  g_autoptr (GDate) date = day (22, G_DATE_NOVEMBER, 2026);
  g_autofree char *month = NULL;

  use_locale ("cy_GB.UTF-8");
  assert_date (date, ETHOS_DATE_LONG, "22 Tachwedd 2026");
  assert_date (date, ETHOS_DATE_SHORT, "22 Tach 2026");
  assert_date (date, ETHOS_DATE_DAY, "22 Tachwedd");
  month = ethos_date_format_iso ("2027-07", ETHOS_DATE_MONTH);
  g_assert_cmpstr (month, ==, "Gorffennaf 2027");
}

/* What every program runs first: the user's locale from the environment, and the catalogues
 * from ETHOS_LOCALEDIR (the build tree here) rather than the installed ones. */
static void
test_init_welsh (void)
{
  g_setenv ("LC_ALL", "cy_GB.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  ethos_i18n_init ();

  g_assert_cmpstr (ethos_i18n_locale_dir (), ==, g_getenv ("ETHOS_LOCALEDIR"));
  g_assert_cmpstr (_("Print the version"), ==, "Argraffu’r fersiwn");
  g_assert_cmpstr (C_("shortcut window", "Quit"), ==, "Gadael");
}

/* Welsh has six plural forms (0, 1, 2, 3, 6, the rest), each with its own mutation: the
 * catalogue's Plural-Forms picks the right one for every count. */
static void
test_plural_forms (void)
{
  const char *expected[] = { "0 cymal", "1 cymal", "2 gymal", "3 chymal", "4 cymal",
                             "5 cymal", "6 chymal", "7 cymal", "11 cymal", "102 cymal" };
  const guint counts[] = { 0, 1, 2, 3, 4, 5, 6, 7, 11, 102 };

  use_locale ("cy_GB.UTF-8");
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autofree char *text = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "%u clause", "%u clauses", counts[i]), counts[i]);

      g_assert_cmpstr (text, ==, expected[i]);
    }
}

/* Theme names and duties come from English key files; they reach the user in Welsh. */
static void
test_data_strings (void)
{
  g_autoptr (GPtrArray) themes = NULL;
  g_autoptr (EthosReminder) duty = NULL;

  use_locale ("cy_GB.UTF-8");
  themes = ethos_theme_map_load_shipped ();
  g_assert_cmpstr (ethos_theme_map_find (themes, "confidentiality")->name, ==, "Cyfrinachedd");
  g_assert_cmpstr (ethos_theme_map_find (themes, "endings")->name, ==, "Diweddglo therapi");
  duty = ethos_duty_reminder_for_clause ("atrium-practice", "9.6");
  g_assert_nonnull (duty);
  g_assert_cmpstr (duty->title, ==, "Gwiriad DBS (o leiaf bob tair blynedd)");

  use_locale ("C.UTF-8");
  g_clear_pointer (&themes, g_ptr_array_unref);
  themes = ethos_theme_map_load_shipped ();
  g_assert_cmpstr (ethos_theme_map_find (themes, "confidentiality")->name, ==, "Confidentiality");
}

int
main (int argc, char **argv)
{
  g_unsetenv ("LANGUAGE");
  bindtextdomain (GETTEXT_PACKAGE, ethos_i18n_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/i18n/dates-default", test_dates_default);
  g_test_add_func ("/i18n/dates-welsh", test_dates_welsh);
  g_test_add_func ("/i18n/init-welsh", test_init_welsh);
  g_test_add_func ("/i18n/plural-forms", test_plural_forms);
  g_test_add_func ("/i18n/data-strings", test_data_strings);
  return g_test_run ();
}
