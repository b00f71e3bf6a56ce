from allauth.account.adapter import DefaultAccountAdapter

from accounts.emails import queue_email


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        # The pseudonym must be set before the first save: it is unique and required.
        user.display_name = form.cleaned_data["display_name"]
        return super().save_user(request, user, form, commit=commit)

    def send_mail(self, template_prefix, email, context):
        # Render now (the context holds request objects), send from the worker.
        queue_email(self.render_mail(template_prefix, email, context))
