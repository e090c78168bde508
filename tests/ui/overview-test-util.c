/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "overview-test-util"

#include "config.h"

#include "overview-test-util.h"

#include "ethos-entry-store.h"
#include "ethos-profile-store.h"

/* The Overview page alone in a window, and what its tests read off the screen. */

static GtkWindow *window;
static EthosOverviewPage *page;

static gboolean
label_is (GtkWidget *widget, gpointer text)
{
  return g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

/* The label showing exactly @text, on screen. */
GtkWidget *
find_label (const char *text)
{
  return ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, label_is, (gpointer) text);
}

static void
count_labels (GtkWidget *root, const char *text, guint *count)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) && label_is (root, (gpointer) text))
    (*count)++;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_labels (child, text, count);
}

guint
n_labels (const char *text)
{
  guint count = 0;

  count_labels (GTK_WIDGET (window), text, &count);
  return count;
}

static gboolean
image_is (GtkWidget *widget, gpointer icon_name)
{
  return g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (widget)), icon_name) == 0;
}

static void
count_icons (GtkWidget *root, const char *icon_name, guint *count)
{
  if (GTK_IS_IMAGE (root) && gtk_widget_get_mapped (root) && image_is (root, (gpointer) icon_name))
    (*count)++;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_icons (child, icon_name, count);
}

/* How many @icon_name icons show, the headline's included. */
guint
n_icons (const char *icon_name)
{
  guint count = 0;

  count_icons (GTK_WIDGET (window), icon_name, &count);
  return count;
}

void
set_bodies (EthosStore *target, const char *const *body_ids)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) memberships = g_ptr_array_new_with_free_func ((GDestroyNotify) ethos_membership_free);

  for (guint i = 0; body_ids[i] != NULL; i++)
    {
      EthosMembership *membership = g_new0 (EthosMembership, 1);

      membership->body_id = g_strdup (body_ids[i]);
      g_ptr_array_add (memberships, membership);
    }
  g_assert_true (ethos_store_set_memberships (target, memberships, &error));
  g_assert_no_error (error);
  ui_give_classes (target);
}

void
add_supervision_to (EthosStore *target, const char *date, int minutes)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);

  entry->date = g_strdup (date);
  entry->minutes = minutes;
  g_assert_true (ethos_store_add_entry (target, entry, &error));
  g_assert_no_error (error);
}

/* Puts a page on @target in the window, in place of the one before. */
void
show_page (EthosStore *target)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new ("Overview", NULL));
  gtk_box_append (GTK_BOX (box), header);
  page = ETHOS_OVERVIEW_PAGE (ethos_overview_page_new (target));
  gtk_widget_set_vexpand (GTK_WIDGET (page), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (page));
  adw_window_set_content (ADW_WINDOW (window), box);
}

void
refresh (const char *today)
{
  ethos_overview_page_set_today (page, today);
  ui_wait_idle ();
}

void
set_width (int width)
{
  ui_resize (window, width, 700);
}

GtkWidget *
headline (void)
{
  GtkWidget *label = ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, ui_label_contains,
                                  (gpointer) "standing");

  if (label == NULL)
    label = ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, ui_label_contains,
                            (gpointer) "attention");
  return label != NULL ? label
                       : ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, ui_label_contains,
                                         (gpointer) "action now");
}

/* The window, with no page in it yet. */
void
set_up_window (void)
{
  window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (window, 1000, 700);
}

void
present_window (void)
{
  gtk_window_present (window);
  ui_await_mapped (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
}

/* Cases that show records of their own in the window. */
void
set_up_empty_window (void)
{
  set_up_window ();
  present_window ();
}

/* The window the page is in, for what reads or renders the whole of it. */
GtkWidget *
overview_window (void)
{
  return GTK_WIDGET (window);
}

EthosOverviewPage *
overview_page (void)
{
  return page;
}

/* The window has been closed (ui_test_add), and the page with it. */
void
overview_forget_window (void)
{
  window = NULL;
  page = NULL;
}
