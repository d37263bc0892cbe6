from refuge.cli import app

app(prog_name="refuge")
