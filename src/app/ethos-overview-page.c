/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
#include "ethos-overview-page.h"
#include "ethos-overview-rows.h"
#include "ethos-derived-reminders.h"
#include "ethos-profile-store.h"
#include "ethos-rules-store.h"

/* The Overview page, "Am I in good standing?": a headline counting what needs attention, this
 * month's supervision against each body's monthly minimum with the last session, and CPD in the
 * current period against each body's target. Everything is read from the store on each refresh.
 *
 * What the headline counts, and why no more:
 * - A body's monthly supervision minimum not met this month, once the month is more than half
 *   gone. Earlier, a shortfall mostly means the month is not over: the row says "so far this
 *   month" but carries no warning, and the headline does not count it.
 * - Not CPD short of its target. Until the practitioner gives the day a period starts
 *   (Preferences → Profile), the period shown is a stand-in, the twelve months to the end of this
 *   one, and being short part way through a period is not yet a problem. The level bar shows
 *   where they are.
 * - A body whose rules cannot be read, since then nothing can be said about it.
 *
 * The rows themselves are built in ethos-overview-rows.c; here are the page, its refresh (which
 * keeps a keyboard user's place) and the headline. */

struct _EthosOverviewPage
{
  GtkWidget            parent_instance;

  GtkScrolledWindow   *scroller; /* the template's root: bound so that dispose lets go of it */
  GtkBox              *headline_box;
  GtkImage            *headline_icon;
  GtkLabel            *headline_label;
  GtkLabel            *explanation_label;
  GtkBox              *no_bodies_box;
  AdwPreferencesGroup *supervision_group;
  GtkListBox          *supervision_list;
  AdwPreferencesGroup *cpd_group;
  GtkListBox          *cpd_list;
  AdwPreferencesGroup *attention_group;
  GtkListBox          *attention_list;
  AdwPreferencesGroup *renewals_group;
  GtkListBox          *renewals_list;

  EthosStore          *store;
};

G_DEFINE_FINAL_TYPE (EthosOverviewPage, ethos_overview_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* The rows are built again on each refresh. Keyboard focus on one of them is let go of first
 * and put back on the row in its place afterwards; otherwise a keyboard or screen reader user
 * loses their place, and GTK 4.8 moves the focus wherever it finds. Returns the list that had
 * the focus, and the row's place in @position. */
static GtkListBox *
release_focus (EthosOverviewPage *self, int *position)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkListBox *lists[] = { self->supervision_list, self->cpd_list };

  for (guint i = 0; focus != NULL && i < G_N_ELEMENTS (lists); i++)
    if (gtk_widget_is_ancestor (focus, GTK_WIDGET (lists[i])))
      {
        GtkWidget *row = GTK_IS_LIST_BOX_ROW (focus)
                           ? focus
                           : gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);

        *position = row != NULL ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) : 0;
        gtk_root_set_focus (root, NULL);
        return lists[i];
      }
  return NULL;
}

static void
restore_focus (GtkListBox *list, int position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, MAX (position, 0));

  /* The list may be shorter now: the last row then. */
  for (int i = position - 1; row == NULL && i >= 0; i--)
    row = gtk_list_box_get_row_at_index (list, i);
  if (row != NULL && gtk_widget_is_visible (GTK_WIDGET (row)))
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* Reminders overdue or due within a month, and the renewals; each group is shown when it has
 * rows. */
static void
add_reminder_rows (EthosOverviewPage *self, const char *today, EthosOverviewStanding *standing)
{
  guint attention = 0, renewal = 0;

  ethos_overview_rows_add_reminders (self->attention_list, self->renewals_list, self->store, today,
                                     standing, &attention, &renewal);
  gtk_widget_set_visible (GTK_WIDGET (self->attention_group), attention > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->renewals_group), renewal > 0);
}

static char *
join_names (GPtrArray *names)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) strv = NULL;

  for (guint i = 0; i < names->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (names, i));
  strv = g_strv_builder_end (builder);
  /* Translators: between the names of bodies in a list, "BACP, NCPS" */
  return g_strjoinv (_(", "), strv);
}

static void
set_headline (EthosOverviewPage *self,
              gboolean           attention,
              const char        *headline,
              const char        *explanation)
{
  GtkWidget *icon = GTK_WIDGET (self->headline_icon);
  GtkWidget *label = GTK_WIDGET (self->headline_label);

  gtk_image_set_from_icon_name (self->headline_icon,
                                attention ? "dialog-warning-symbolic" : "emblem-ok-symbolic");
  gtk_widget_remove_css_class (icon, attention ? "success" : "warning");
  gtk_widget_add_css_class (icon, attention ? "warning" : "success");
  if (attention)
    gtk_widget_add_css_class (label, "warning");
  else
    gtk_widget_remove_css_class (label, "warning");
  gtk_label_set_label (self->headline_label, headline);
  gtk_label_set_label (self->explanation_label, explanation);
}

static void
show_standing (EthosOverviewPage *self, const EthosOverviewStanding *standing, int days_left)
{
  guint count = standing->short_bodies->len + standing->unreadable_bodies->len + standing->overdue;
  g_autoptr (GString) explanation = g_string_new (NULL);
  g_autofree char *headline = NULL;

  if (count == 0)
    {
      if (standing->short_so_far)
        g_string_append_printf (explanation,
                                g_dngettext (GETTEXT_PACKAGE,
                                             "Supervision this month is not at the minimum yet, "
                                             "with %d day to go.",
                                             "Supervision this month is not at the minimum yet, "
                                             "with %d days to go.",
                                             (gulong) days_left),
                                days_left);
      else if (standing->any_minimum)
        g_string_append (explanation, _("Supervision this month meets each body’s monthly minimum."));
      else
        g_string_append (explanation, _("None of your bodies sets a monthly supervision minimum."));
      set_headline (self, FALSE, _("You’re in good standing"), explanation->str);
      return;
    }

  if (standing->short_bodies->len > 0)
    {
      g_autofree char *names = join_names (standing->short_bodies);

      g_string_append_printf (explanation,
                              _("Supervision so far this month is short of the monthly minimum "
                                "for %s."),
                              names);
    }
  if (standing->overdue > 0)
    {
      if (explanation->len > 0)
        g_string_append_c (explanation, ' ');
      g_string_append_printf (explanation,
                              g_dngettext (GETTEXT_PACKAGE, "%u reminder is overdue.",
                                           "%u reminders are overdue.", standing->overdue),
                              standing->overdue);
    }
  if (standing->unreadable_bodies->len > 0)
    {
      g_autofree char *names = join_names (standing->unreadable_bodies);

      if (explanation->len > 0)
        g_string_append_c (explanation, ' ');
      g_string_append_printf (explanation, _("Ethos could not read the rules of %s."), names);
    }
  headline = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u thing needs attention",
                                           "%u things need attention", count),
                              count);
  set_headline (self, TRUE, headline, explanation->str);
}

/* GObject ------------------------------------------------------------------------------------ */

static void
ethos_overview_page_constructed (GObject *object)
{
  EthosOverviewPage *self = ETHOS_OVERVIEW_PAGE (object);

  G_OBJECT_CLASS (ethos_overview_page_parent_class)->constructed (object);

  if (self->store != NULL)
    ethos_overview_page_refresh (self, NULL);
}

static void
ethos_overview_page_dispose (GObject *object)
{
  EthosOverviewPage *self = ETHOS_OVERVIEW_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ETHOS_TYPE_OVERVIEW_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ethos_overview_page_parent_class)->dispose (object);
}

static void
ethos_overview_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  EthosOverviewPage *self = ETHOS_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ethos_overview_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  EthosOverviewPage *self = ETHOS_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ethos_overview_page_class_init (EthosOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ethos_overview_page_constructed;
  object_class->dispose = ethos_overview_page_dispose;
  object_class->get_property = ethos_overview_page_get_property;
  object_class->set_property = ethos_overview_page_set_property;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, ETHOS_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                                                  | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/ethosapp/Ethos/ethos-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, headline_box);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, headline_icon);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, headline_label);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, no_bodies_box);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, supervision_group);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, supervision_list);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, cpd_group);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, cpd_list);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, attention_group);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, attention_list);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, renewals_group);
  gtk_widget_class_bind_template_child (widget_class, EthosOverviewPage, renewals_list);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ethos_overview_page_init (EthosOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API --------------------------------------------------------------------------------- */

GtkWidget *
ethos_overview_page_new (EthosStore *store)
{
  g_return_val_if_fail (ETHOS_IS_STORE (store), NULL);

  return g_object_new (ETHOS_TYPE_OVERVIEW_PAGE, "store", store, NULL);
}

/* Reads the profile, the rules and the diary again, as of @today (YYYY-MM-DD; NULL for today
 * where the practitioner is). */
void
ethos_overview_page_refresh (EthosOverviewPage *self, const char *today)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) memberships = NULL;
  g_autoptr (GPtrArray) short_bodies = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) unreadable_bodies = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *local_today = NULL;
  g_autofree char *from = NULL;
  g_autofree char *month_name = NULL;
  g_autofree char *since = NULL;
  g_autofree char *first_day = NULL;
  EthosOverviewStanding standing = { short_bodies, unreadable_bodies, FALSE, FALSE, 0 };
  GtkListBox *focused_list;
  int focused_position = 0;
  char month[8];
  GDate day, first;
  guint days_in_month;
  gboolean month_half_gone;

  g_return_if_fail (ETHOS_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (self->store != NULL);

  if (today == NULL)
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();

      local_today = g_date_time_format (now, "%Y-%m-%d");
      today = local_today;
    }
  if (!ethos_date_parse (today, &day, &error))
    {
      g_critical ("%s: %s", G_STRFUNC, error->message);
      return;
    }
  g_snprintf (month, sizeof month, "%04u-%02u", g_date_get_year (&day), g_date_get_month (&day));
  days_in_month = g_date_get_days_in_month (g_date_get_month (&day), g_date_get_year (&day));
  /* More than half gone: from the 16th (the 15th in February). */
  month_half_gone = g_date_get_day (&day) * 2u > days_in_month;

  /* CPD from the first of the month eleven months back: twelve months with this one. */
  first = day;
  g_date_set_day (&first, 1);
  g_date_subtract_months (&first, 11);
  if (g_date_get_year (&first) < 1900)
    g_date_set_dmy (&first, 1, G_DATE_JANUARY, 1900);
  from = ethos_date_to_iso (&first);

  month_name = ethos_date_format (&day, ETHOS_DATE_MONTH);
  adw_preferences_group_set_description (self->supervision_group, month_name);
  first_day = ethos_date_format (&first, ETHOS_DATE_LONG);
  since = g_strdup_printf (_("Since %s"), first_day);
  adw_preferences_group_set_description (self->cpd_group, since);

  focused_list = release_focus (self, &focused_position);
  clear_list (self->supervision_list);
  clear_list (self->cpd_list);
  clear_list (self->attention_list);
  clear_list (self->renewals_list);

  memberships = ethos_store_list_memberships (self->store, &error);
  if (memberships == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->headline_box), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->no_bodies_box), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->cpd_group), FALSE);
      set_headline (self, TRUE, _("Ethos could not read your profile"), error->message);
      ethos_overview_rows_add_last_supervision (self->supervision_list, self->store, &day);
      if (focused_list != NULL)
        restore_focus (self->supervision_list, focused_position);
      return;
    }

  for (guint i = 0; i < memberships->len; i++)
    {
      EthosMembership *membership = g_ptr_array_index (memberships, i);
      g_autoptr (EthosBodyRules) rules = ethos_store_load_body_rules (self->store,
                                                                      membership->body_id, &error);

      if (rules == NULL)
        {
          ethos_overview_rows_add_unreadable (self->supervision_list, membership->body_id, error);
          ethos_overview_rows_add_unreadable (self->cpd_list, membership->body_id, error);
          g_ptr_array_add (unreadable_bodies, g_strdup (membership->body_id));
          g_clear_error (&error);
          continue;
        }
      ethos_overview_rows_add_supervision (self->supervision_list, self->store, rules, month,
                                           month_half_gone, &standing);
      ethos_overview_rows_add_cpd (self->cpd_list, self->store, rules, from, today);
    }
  ethos_overview_rows_add_last_supervision (self->supervision_list, self->store, &day);
  add_reminder_rows (self, today, &standing);

  /* With no bodies there is nothing to be in good standing with: a button to name them
   * (Preferences → Profile). */
  gtk_widget_set_visible (GTK_WIDGET (self->headline_box), memberships->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_bodies_box), memberships->len == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->cpd_group), memberships->len > 0);
  if (memberships->len > 0)
    show_standing (self, &standing, (int) (days_in_month - g_date_get_day (&day) + 1));
  if (focused_list != NULL)
    restore_focus (gtk_widget_is_visible (GTK_WIDGET (focused_list)) ? focused_list
                                                                     : self->supervision_list,
                   focused_position);
}
