from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("members/<int:pk>/", views.profile, name="profile"),
    path("accounts/settings/", views.settings_view, name="settings"),
]
