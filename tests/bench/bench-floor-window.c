/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The floor for start-up and memory: the least a libadwaita application shows, a window of
 * Ethos's default size with a header bar and nothing else.
 *
 * With --pages, the floor for a page switch: the same window with Ethos's view switcher over four
 * pages that hold a label each, switched by Ctrl+1 to Ctrl+4 as Ethos's are. What a switch costs
 * there is the switcher's own (its buttons' transition), which no page can do without. */

#include <adwaita.h>

static gboolean with_pages;

static gboolean
on_page_key (GtkWidget *window, GVariant *arguments, gpointer user_data)
{
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (user_data),
                                         g_variant_get_string (arguments, NULL));
  return TRUE;
}

static GtkWidget *
pages_new (GtkWidget *window, GtkWidget *header_bar)
{
  static const char *const names[][3] = {
    { "overview", "Overview", "emblem-ok-symbolic" },
    { "codes", "Codes", "accessories-dictionary-symbolic" },
    { "diary", "Diary", "x-office-calendar-symbolic" },
    { "reminders", "Reminders", "alarm-symbolic" },
  };
  GtkWidget *stack = adw_view_stack_new ();
  GtkWidget *title = adw_view_switcher_title_new ();
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *accel = g_strdup_printf ("<Control>%u", i + 1);
      AdwViewStackPage *page = adw_view_stack_add_titled (ADW_VIEW_STACK (stack),
                                                          gtk_label_new (names[i][1]), names[i][0],
                                                          names[i][1]);

      adw_view_stack_page_set_icon_name (page, names[i][2]);
      gtk_shortcut_controller_add_shortcut (
        GTK_SHORTCUT_CONTROLLER (shortcuts),
        gtk_shortcut_new_with_arguments (gtk_shortcut_trigger_parse_string (accel),
                                         gtk_callback_action_new (on_page_key, stack, NULL),
                                         "s", names[i][0]));
    }
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_widget_add_controller (window, shortcuts);
  adw_view_switcher_title_set_stack (ADW_VIEW_SWITCHER_TITLE (title), ADW_VIEW_STACK (stack));
  adw_view_switcher_title_set_title (ADW_VIEW_SWITCHER_TITLE (title), "Floor");
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header_bar), title);
  gtk_widget_set_vexpand (stack, TRUE);
  return stack;
}

static void
on_activate (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header_bar = adw_header_bar_new ();

  gtk_box_append (GTK_BOX (box), header_bar);
  if (with_pages)
    gtk_box_append (GTK_BOX (box), pages_new (window, header_bar));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Floor");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  g_autoptr (AdwApplication) application =
    adw_application_new ("org.ethosapp.Ethos.BenchFloor", G_APPLICATION_NON_UNIQUE);

  if (argc > 1 && g_str_equal (argv[1], "--pages"))
    {
      with_pages = TRUE;
      argv[1] = argv[0];
      argc--;
      argv++;
    }
  g_signal_connect (application, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (application), argc, argv);
}
