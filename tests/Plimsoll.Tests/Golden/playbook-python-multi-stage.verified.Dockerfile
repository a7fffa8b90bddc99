FROM python:3.8 AS builder
RUN pip install --user django psycopg2
FROM python:3.8-slim AS final
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
RUN useradd --create-home --uid 10001 app
COPY --chown=app --from=builder /root/.local /home/app/.local
COPY . /opt/demo
ENV PATH=/home/app/.local/bin:$PATH
WORKDIR /opt/demo
USER app
CMD ["python3", "", "runserver"]
