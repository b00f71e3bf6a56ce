from django.urls import path

from forum.views import reading, writing

app_name = "forum"

urlpatterns = [
    path("", reading.index, name="index"),
    path("guidelines/", reading.guidelines, name="guidelines"),
    path("search/", reading.search_view, name="search"),
    path("notifications/", reading.notification_list, name="notifications"),
    path("notifications/<int:pk>/", reading.notification_open, name="notification"),
    path("notifications/read/", writing.notifications_read, name="notifications_read"),
    path("c/<slug:slug>/", reading.category, name="category"),
    path("c/<slug:slug>/new/", writing.new_thread, name="new_thread"),
    path("t/<int:pk>/", reading.thread, name="thread_short"),
    # Before the slug route, which would otherwise read "reply" as a thread's slug.
    path("t/<int:pk>/reply/", writing.reply, name="reply"),
    path("t/<int:pk>/subscribe/", writing.subscribe, name="subscribe"),
    path("t/<int:pk>/<slug:slug>/", reading.thread, name="thread"),
    path("p/<int:pk>/", reading.post_redirect, name="post"),
    path("p/<int:pk>/edit/", writing.edit_post, name="edit_post"),
    path("p/<int:pk>/delete/", writing.delete_post, name="delete_post"),
    path("p/<int:pk>/support/", writing.support, name="support"),
    path("p/<int:pk>/history/", reading.post_history, name="post_history"),
    path("preview/", writing.preview, name="preview"),
]
