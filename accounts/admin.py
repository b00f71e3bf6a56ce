from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from accounts.models import User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["-date_joined"]
    list_display = [
        "display_name",
        "email",
        "is_staff",
        "is_active",
        "post_count",
        "suspended_at",
        "date_joined",
    ]
    list_filter = [
        "is_staff",
        "is_superuser",
        "is_active",
        "groups",
        "email_notifications",
    ]
    search_fields = ["display_name", "email"]
    readonly_fields = ["post_count", "last_login", "date_joined"]
    fieldsets = [
        (None, {"fields": ["email", "password", "display_name"]}),
        ("Preferences", {"fields": ["email_notifications"]}),
        (
            "Suspension",
            {"fields": ["suspended_at", "suspended_until", "suspension_reason"]},
        ),
        (
            "Permissions",
            {"fields": ["is_active", "is_staff", "is_superuser", "groups"]},
        ),
        ("Activity", {"fields": ["post_count", "last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (
            None,
            {
                "classes": ["wide"],
                "fields": ["email", "display_name", "password1", "password2"],
            },
        )
    ]
