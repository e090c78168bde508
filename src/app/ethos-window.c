/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-diary-page.h"
#include "ethos-overview-page.h"
#include "ethos-reminders-page.h"
#include "ethos-settings.h"
#include "ethos-toast.h"
#include "ethos-window-private.h"

/* The main window: a view switcher over Ethos's pages, toasts, and the window-wide shortcuts,
 * which it passes to the page that owns them. This file makes the pages as they are needed;
 * the shortcuts are in ethos-window-actions.c, the windows it opens over itself in
 * ethos-window-dialogs.c, its exports in ethos-window-export.c. */

G_DEFINE_FINAL_TYPE (EthosWindow, ethos_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The page kept in *@page and shown in @slot, made with @page_new the first time it is needed. */
static GtkWidget *
page_in_slot (EthosWindow *self,
              GtkWidget  **page,
              AdwBin      *slot,
              GtkWidget   *(*page_new) (EthosStore *store))
{
  if (*page == NULL)
    {
      *page = page_new (self->store);
      adw_bin_set_child (slot, *page);
    }
  return *page;
}

/* The page called @name ("overview", "codes", "diary" or "reminders"), made the first time it
 * is needed; NULL for any other name. */
GtkWidget *
ethos_window_page (EthosWindow *self, const char *name)
{
  if (g_strcmp0 (name, "overview") == 0)
    return page_in_slot (self, (GtkWidget **) &self->overview_page, self->overview_slot,
                         ethos_overview_page_new);
  if (g_strcmp0 (name, "codes") == 0)
    return page_in_slot (self, (GtkWidget **) &self->codes_page, self->codes_slot,
                         ethos_codes_page_new);
  if (g_strcmp0 (name, "diary") == 0)
    return page_in_slot (self, (GtkWidget **) &self->diary_page, self->diary_slot,
                         ethos_diary_page_new);
  if (g_strcmp0 (name, "reminders") == 0)
    return page_in_slot (self, (GtkWidget **) &self->reminders_page, self->reminders_slot,
                         ethos_reminders_page_new);
  return NULL;
}

void
ethos_window_toast (EthosWindow *self, const char *text)
{
  ethos_toast_show (GTK_WIDGET (self->toast_overlay), text);
}

static void
on_page_changed_cb (EthosWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->stack);

  /* Each page follows the store from when it is made: none is told to read again. */
  ethos_window_page (self, page);

  /* Leaving the Diary saves what is being typed there. */
  if (g_strcmp0 (page, "diary") != 0 && self->diary_page != NULL)
    ethos_diary_page_flush (self->diary_page);
  gtk_widget_set_visible (self->new_button,
                          g_strcmp0 (page, "diary") == 0 || g_strcmp0 (page, "reminders") == 0);
}

/* GTK follows a change of what is under a resting pointer (a page shown, a list filled) with a
 * motion event at the same place, and a scrolled window answers any motion by showing its
 * scroll bars for a second and fading them out: a page switch or a search under the pointer
 * then repaints the window for a second, though the pointer never moved. Motion that did not
 * move is stopped here, before the pages see it; the hover under it is GTK's crossing events'
 * business, which come first and are kept. */
static gboolean
on_window_event_cb (EthosWindow *self, GdkEvent *event)
{
  GdkEventType type = gdk_event_get_event_type (event);
  double x, y;

  if (type == GDK_LEAVE_NOTIFY)
    self->pointer_x = self->pointer_y = -1;
  if (type != GDK_MOTION_NOTIFY || !gdk_event_get_position (event, &x, &y))
    return GDK_EVENT_PROPAGATE;
  if (x == self->pointer_x && y == self->pointer_y)
    return GDK_EVENT_STOP;
  self->pointer_x = x;
  self->pointer_y = y;
  return GDK_EVENT_PROPAGATE;
}

static AdwBin *
add_page (EthosWindow *self, const char *name, const char *title, const char *icon_name)
{
  GtkWidget *slot = adw_bin_new ();
  AdwViewStackPage *page = adw_view_stack_add_titled (self->stack, slot, name, title);

  adw_view_stack_page_set_icon_name (page, icon_name);
  return ADW_BIN (slot);
}

static void
ethos_window_constructed (GObject *object)
{
  EthosWindow *self = ETHOS_WINDOW (object);

  G_OBJECT_CLASS (ethos_window_parent_class)->constructed (object);

  /* Translators: the pages' names in the view switcher: in a 360 px window each has a quarter
   * of the width, under its icon, so keep them short */
  self->overview_slot = add_page (self, "overview", C_("page name", "Overview"),
                                  "emblem-ok-symbolic");
  self->codes_slot = add_page (self, "codes", C_("page name", "Codes"),
                               "accessories-dictionary-symbolic");
  self->diary_slot = add_page (self, "diary", C_("page name", "Diary"),
                               "x-office-calendar-symbolic");
  self->reminders_slot = add_page (self, "reminders", C_("page name", "Reminders"),
                                   "alarm-symbolic");
  /* Writes by the CLI or the notifier reach the pages as the store's "changed", as the
   * window's own do. */
  ethos_store_watch_other_writers (self->store);
  g_signal_connect_swapped (self->stack, "notify::visible-child", G_CALLBACK (on_page_changed_cb),
                            self);
  on_page_changed_cb (self);
}

/* Saves what is being typed in the pages made so far (a clause's note, a diary entry). */
static void
flush_pages (EthosWindow *self)
{
  if (self->codes_page != NULL)
    ethos_clause_reader_flush (ethos_codes_page_get_reader (self->codes_page));
  if (self->diary_page != NULL)
    ethos_diary_page_flush (self->diary_page);
}

static void
ethos_window_dispose (GObject *object)
{
  EthosWindow *self = ETHOS_WINDOW (object);

  flush_pages (self);
  ethos_window_focus_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), ETHOS_TYPE_WINDOW);
  /* Gone with the template; a second dispose (something kept a reference) must not reach them. */
  self->codes_page = NULL;
  self->diary_page = NULL;
  self->overview_page = NULL;
  self->reminders_page = NULL;
  if (self->export_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->export_chooser));
  g_clear_object (&self->export_chooser);
  g_clear_weak_pointer (&self->export_dialog);
  g_clear_object (&self->export_file);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ethos_window_parent_class)->dispose (object);
}

static gboolean
ethos_window_close_request (GtkWindow *window)
{
  EthosWindow *self = ETHOS_WINDOW (window);

  flush_pages (self);
  if (!self->closing_anyway && self->diary_page != NULL
      && ethos_diary_page_has_unsaved (self->diary_page))
    {
      ethos_window_confirm_close_unsaved (self);
      return TRUE;
    }
  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
    }
  return GTK_WINDOW_CLASS (ethos_window_parent_class)->close_request (window);
}

static void
ethos_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  EthosWindow *self = ETHOS_WINDOW (object);

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
ethos_window_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  EthosWindow *self = ETHOS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The switcher at the foot of a narrow window makes its buttons the first time it shows, not
 * at every start-up (four buttons, a tenth of making the window). */
static void
on_switcher_bar_reveal_cb (EthosWindow *self, GParamSpec *pspec, AdwViewSwitcherBar *bar)
{
  if (adw_view_switcher_bar_get_reveal (bar) && adw_view_switcher_bar_get_stack (bar) == NULL)
    adw_view_switcher_bar_set_stack (bar, self->stack);
}

static void
ethos_window_class_init (EthosWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ethos_window_constructed;
  object_class->dispose = ethos_window_dispose;
  object_class->get_property = ethos_window_get_property;
  object_class->set_property = ethos_window_set_property;
  window_class->close_request = ethos_window_close_request;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, ETHOS_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                                                  | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/ethosapp/Ethos/ethos-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EthosWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, EthosWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, EthosWindow, new_button);
  gtk_widget_class_bind_template_child (widget_class, EthosWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, EthosWindow, new_menu);
  gtk_widget_class_bind_template_child (widget_class, EthosWindow, primary_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_switcher_bar_reveal_cb);

  ethos_window_actions_class_init (widget_class);
}

/* A menu button's menu, made when it is first opened rather than with the window: the two
 * popover menus were 10.6 M of the 703 M instructions to the first frame (callgrind). */
static void
make_menu_cb (GtkMenuButton *button, gpointer menu)
{
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
  gtk_menu_button_set_create_popup_func (button, NULL, NULL, NULL);
}

static void
ethos_window_init (EthosWindow *self)
{
  GtkEventController *events = gtk_event_controller_legacy_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->new_button), make_menu_cb,
                                         self->new_menu, NULL);
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, make_menu_cb,
                                         self->primary_menu, NULL);
  ethos_window_focus_init (self);
  self->pointer_x = self->pointer_y = -1;
  self->diary_caret = -1;
  gtk_event_controller_set_propagation_phase (events, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (events, "event", G_CALLBACK (on_window_event_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), events);

  if ((self->settings = ethos_settings_new ()) != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
  else
    gtk_window_set_default_size (GTK_WINDOW (self), 1100, 720);
}

EthosWindow *
ethos_window_new (GtkApplication *application, EthosStore *store)
{
  return g_object_new (ETHOS_TYPE_WINDOW, "application", application, "store", store, NULL);
}

EthosRemindersPage *
ethos_window_get_reminders_page (EthosWindow *self)
{
  g_return_val_if_fail (ETHOS_IS_WINDOW (self), NULL);

  return ETHOS_REMINDERS_PAGE (ethos_window_page (self, "reminders"));
}

EthosDiaryPage *
ethos_window_get_diary_page (EthosWindow *self)
{
  g_return_val_if_fail (ETHOS_IS_WINDOW (self), NULL);

  return ETHOS_DIARY_PAGE (ethos_window_page (self, "diary"));
}

EthosCodesPage *
ethos_window_get_codes_page (EthosWindow *self)
{
  g_return_val_if_fail (ETHOS_IS_WINDOW (self), NULL);

  return ETHOS_CODES_PAGE (ethos_window_page (self, "codes"));
}
