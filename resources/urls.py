from django.urls import path

from resources import views

app_name = "resources"

urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:slug>/", views.article, name="article"),
]
