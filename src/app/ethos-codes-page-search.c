/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-codes-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-code-store.h"
#include "ethos-codes-page-private.h"

/* The Codes page's search: the sidebar's search entry, and its results in the contents in place
 * of what was being browsed. */

static void
run_search (EthosCodesPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosSearchResults) results = NULL;
  g_autoptr (GPtrArray) hits = NULL;
  g_autofree char *count = NULL;
  g_autofree char *summary = NULL;
  const char *correction;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  const char *code_id = NULL;

  if (text[0] == '\0')
    {
      ethos_list_feeder_clear (self->hits_feeder);
      if (self->browse_page != NULL)
        ethos_codes_page_set_contents (self, self->browse_page, self->browse_title);
      return;
    }
  if (gtk_check_button_get_active (self->this_code_only) && self->code != NULL)
    code_id = self->code->id;

  results = ethos_store_search_codes (self->store, text, code_id, 100, &error);
  if (results == NULL)
    {
      ethos_codes_page_show_error (self, error->message);
      return;
    }
  /* Searching all codes, each code's clauses together under its name. */
  hits = code_id != NULL ? g_ptr_array_ref (ethos_search_results_get_hits (results))
                         : ethos_search_results_group_by_code (ethos_search_results_get_hits (results));
  correction = ethos_search_results_get_correction (results);
  count = ethos_search_results_describe (results);
  summary = correction != NULL ? g_strdup_printf ("%s\n%s", correction, count) : g_strdup (count);
  gtk_label_set_label (self->search_summary, summary);
  ethos_list_feeder_replace (self->hits_feeder, hits);
  ethos_codes_page_set_contents (self, hits->len > 0 ? "search" : "no-results",
                                 _("Search Results"));
  if (hits->len > 0)
    ethos_codes_page_scroll_to_item (self->hit_view, 0);
}

static void
on_search_changed_cb (EthosCodesPage *self)
{
  run_search (self);
}

/* Enter: with the panes side by side, open the best match; folded, show the matches. */
static void
on_search_activate_cb (EthosCodesPage *self)
{
  g_autoptr (EthosSearchHit) hit = NULL;

  run_search (self);
  hit = g_list_model_get_item (G_LIST_MODEL (self->hits), 0);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "contents");
  else if (hit != NULL)
    ethos_codes_page_open_clause (self, hit->code_id, hit->ref);
}

static void
on_search_stop_cb (EthosCodesPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_hit_activated_cb (EthosCodesPage *self, guint position)
{
  g_autoptr (EthosSearchHit) hit = g_list_model_get_item (G_LIST_MODEL (self->hits), position);

  if (hit != NULL)
    ethos_codes_page_open_clause (self, hit->code_id, hit->ref);
}

static void
codes_search (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosCodesPage *self = ETHOS_CODES_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "sidebar");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
ethos_codes_page_focus_search (EthosCodesPage *self)
{
  g_return_if_fail (ETHOS_IS_CODES_PAGE (self));

  codes_search (GTK_WIDGET (self), "codes.search", NULL);
}

/* Down in the search goes to the results (or, with none typed, to the contents): not thirty
 * presses of Tab through the sidebar (issue 22). */
static gboolean
on_search_key_pressed_cb (EthosCodesPage        *self,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          GtkEventControllerKey *controller)
{
  GtkWidget *list;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
  list = g_strcmp0 (gtk_stack_get_visible_child_name (self->contents_stack), "search") == 0
           ? GTK_WIDGET (self->hit_view)
           : GTK_WIDGET (self->clause_view);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "contents");
  return gtk_widget_grab_focus (list);
}

void
ethos_codes_page_search_init (EthosCodesPage *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
}

void
ethos_codes_page_search_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_hit_activated_cb);
  gtk_widget_class_install_action (widget_class, "codes.search", NULL, codes_search);
}
