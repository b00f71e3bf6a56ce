from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

from config.health import healthz

# The admin signs in through allauth, so its rate limits and two-factor apply.
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = "Community administration"
admin.site.site_title = "Community admin"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("", include("accounts.urls")),
    path("resources/", include("resources.urls")),
    path("", include("forum.urls")),
]

handler403 = "config.errors.permission_denied"
