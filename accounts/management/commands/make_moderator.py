from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from accounts.roles import MODERATORS_GROUP


class Command(BaseCommand):
    help = "Make a member a moderator: staff status plus the Moderators group."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--remove", action="store_true", help="Take the role away.")

    def handle(self, *args, email, remove=False, **options):
        try:
            user = User.objects.get(email__iexact=email)
        except User.DoesNotExist as error:
            raise CommandError(f"No member with the email address {email}.") from error
        group = Group.objects.get(name=MODERATORS_GROUP)
        if remove:
            user.groups.remove(group)
            if not user.is_superuser:
                user.is_staff = False
        else:
            user.groups.add(group)
            user.is_staff = True
        user.save(update_fields=["is_staff"])
        state = "no longer a moderator" if remove else "now a moderator"
        self.stdout.write(f"{user.display_name} is {state}.")
