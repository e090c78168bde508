/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
#include "ethos-overview-page.h"
#include "ethos-overview-rows.h"
#include "ethos-standing-model.h"

/* The Overview page, "Am I in good standing?": the standing that core's evaluator gives
 * (src/core/ethos-standing.c, read by ethos_store_get_standing) shown as it is: the headline
 * and why, this month's supervision against each body's rules and the last session, CPD in the
 * current period, the reminders that need attention and the renewals. The page decides nothing:
 * what counts, and how it is said, is core's. The rows are built in ethos-overview-rows.c. */

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
  EthosStandingModel  *model;
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

static void
set_headline (EthosOverviewPage *self, EthosVerdict verdict, const char *headline,
              const char *explanation)
{
  static const char *const icons[] = { "emblem-ok-symbolic", "dialog-warning-symbolic",
                                       "dialog-error-symbolic" };
  static const char *const styles[] = { "success", "warning", "error" };
  GtkWidget *icon = GTK_WIDGET (self->headline_icon);
  GtkWidget *label = GTK_WIDGET (self->headline_label);

  gtk_image_set_from_icon_name (self->headline_icon, icons[verdict]);
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      gtk_widget_remove_css_class (icon, styles[i]);
      if (i > 0)
        gtk_widget_remove_css_class (label, styles[i]);
    }
  gtk_widget_add_css_class (icon, styles[verdict]);
  if (verdict != ETHOS_VERDICT_GOOD)
    gtk_widget_add_css_class (label, styles[verdict]);
  gtk_label_set_label (self->headline_label, headline);
  gtk_label_set_label (self->explanation_label, explanation);
}

/* Shows the standing the view model holds, as it is. */
static void
render (EthosOverviewPage *self)
{
  EthosStanding *standing = ethos_standing_model_get_standing (self->model);
  const GDate *day = ethos_standing_model_get_today (self->model);
  g_autofree char *month_name = NULL;
  g_autofree char *since = NULL;
  GtkListBox *focused_list;
  int focused_position = 0;
  guint attention = 0, renewals = 0;
  gboolean any_body;

  focused_list = release_focus (self, &focused_position);
  clear_list (self->supervision_list);
  clear_list (self->cpd_list);
  clear_list (self->attention_list);
  clear_list (self->renewals_list);

  if (standing == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->headline_box), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->no_bodies_box), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->supervision_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->cpd_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->attention_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->renewals_group), FALSE);
      set_headline (self, ETHOS_VERDICT_ATTENTION, _("Ethos could not read your records"),
                    ethos_standing_model_get_error (self->model));
      return;
    }

  month_name = ethos_date_format (day, ETHOS_DATE_MONTH);
  adw_preferences_group_set_description (self->supervision_group, month_name);
  for (guint i = 0; i < standing->bodies->len; i++)
    {
      const EthosBodyStanding *body = g_ptr_array_index (standing->bodies, i);

      ethos_overview_rows_add_supervision (self->supervision_list, body);
      ethos_overview_rows_add_cpd (self->cpd_list, body);
      if (since == NULL && body->error == NULL)
        {
          g_autofree char *first_day = ethos_date_format_iso (body->cpd.period_start,
                                                              ETHOS_DATE_LONG);

          since = g_strdup_printf (_("Since %s"), first_day);
        }
    }
  adw_preferences_group_set_description (self->cpd_group, since);
  ethos_overview_rows_add_last_supervision (self->supervision_list, standing);
  ethos_overview_rows_add_reminders (self->attention_list, self->renewals_list, standing,
                                     &attention, &renewals);

  /* With no bodies there is nothing to be in good standing with: a button to name them
   * (Preferences → Profile). */
  any_body = standing->bodies->len > 0;
  gtk_widget_set_visible (GTK_WIDGET (self->headline_box), any_body);
  gtk_widget_set_visible (GTK_WIDGET (self->no_bodies_box), !any_body);
  gtk_widget_set_visible (GTK_WIDGET (self->supervision_group), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->cpd_group), any_body);
  gtk_widget_set_visible (GTK_WIDGET (self->attention_group), attention > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->renewals_group), renewals > 0);
  if (any_body)
    set_headline (self, standing->verdict, standing->headline, standing->explanation);
  if (focused_list != NULL)
    restore_focus (gtk_widget_is_visible (GTK_WIDGET (focused_list)) ? focused_list
                                                                     : self->supervision_list,
                   focused_position);
}

/* GObject ------------------------------------------------------------------------------------ */

static void
ethos_overview_page_constructed (GObject *object)
{
  EthosOverviewPage *self = ETHOS_OVERVIEW_PAGE (object);

  G_OBJECT_CLASS (ethos_overview_page_parent_class)->constructed (object);

  /* The page follows its view model: nothing else tells it to read again. */
  self->model = ethos_standing_model_new (self->store);
  g_signal_connect_object (self->model, "notify::standing", G_CALLBACK (render), self,
                           G_CONNECT_SWAPPED);
  render (self);
}

static void
ethos_overview_page_dispose (GObject *object)
{
  EthosOverviewPage *self = ETHOS_OVERVIEW_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ETHOS_TYPE_OVERVIEW_PAGE);
  g_clear_object (&self->model);
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

/* Shows the standing as of @today (YYYY-MM-DD; NULL for the real day, as the window always
 * has it), for tests and screenshots. */
void
ethos_overview_page_set_today (EthosOverviewPage *self, const char *today)
{
  g_return_if_fail (ETHOS_IS_OVERVIEW_PAGE (self));

  ethos_standing_model_set_today (self->model, today);
}
